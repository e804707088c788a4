package uk.collabproc.common.page;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.collabproc.common.security.Roles;

/**
 * Someone of the demo a person may sign in as locally: a role, and the organisation (ODS code) or supplier id it acts
 * for. The same rules as deploy/local/token.sh: an officer, member or project manager needs an organisation, a supplier
 * its id, an evaluator a subject.
 */
public record Persona(String role, Optional<String> organisation, Optional<String> supplier, String subject, String label) {

    static final List<String> ROLES = List.of(Roles.OFFICER, Roles.PROJECT_MANAGER, Roles.MEMBER, Roles.EVALUATOR, Roles.SUPPLIER);
    private static final Pattern ODS = Pattern.compile("[A-Z0-9]{3,6}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The demo's people (the Devon Collaborative), offered with one click; suppliers by their id in supplier-service. */
    public static final List<Persona> DEMO = List.of(
            of(Roles.OFFICER, "RK9", null, null),
            of(Roles.PROJECT_MANAGER, "RK9", null, null),
            of(Roles.MEMBER, "RK9", null, null),
            of(Roles.MEMBER, "RH8", null, null),
            of(Roles.MEMBER, "RA9", null, null),
            of(Roles.EVALUATOR, null, null, "eval-alice"));

    /** The persona of a sign-in form, or empty with the reason why not. */
    public static Persona of(String role, String organisation, String supplier, String subject) {
        String org = blankToNull(organisation);
        String supplierId = blankToNull(supplier);
        String sub = blankToNull(subject);
        if (role == null || !ROLES.contains(role)) {
            throw new IllegalArgumentException("Choose one of the roles: " + String.join(", ", ROLES));
        }
        boolean staff = !role.equals(Roles.SUPPLIER) && !role.equals(Roles.EVALUATOR);
        if (staff && (org == null || !ODS.matcher(org).matches())) {
            throw new IllegalArgumentException("A " + role + " acts for an organisation: give its ODS code (e.g. RK9)");
        }
        if (role.equals(Roles.SUPPLIER) && (supplierId == null || !IDENTIFIER.matcher(supplierId).matches())) {
            throw new IllegalArgumentException("A supplier signs in with its id in supplier-service (GET /api/v1/suppliers as officer)");
        }
        if (role.equals(Roles.EVALUATOR) && (sub == null || !IDENTIFIER.matcher(sub).matches())) {
            throw new IllegalArgumentException("An evaluator signs in with its subject, e.g. eval-alice");
        }
        String name = sub != null ? sub
                : role.equals(Roles.SUPPLIER) ? "supplier-" + supplierId
                        : (role.equals(Roles.PROJECT_MANAGER) ? "pm" : role) + "-" + org.toLowerCase();
        String label = switch (role) {
            case Roles.SUPPLIER -> "Supplier " + supplierId;
            case Roles.EVALUATOR -> "Evaluator " + sub;
            default -> capitalised(role) + " of " + org;
        };
        return new Persona(role, staff ? Optional.of(org) : Optional.empty(),
                Optional.ofNullable(role.equals(Roles.SUPPLIER) ? supplierId : null),
                name, label);
    }

    private static String capitalised(String role) {
        String words = role.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
