package uk.collabproc.common.security;

import java.util.List;

/** The roles of the security model (docs/architecture.md#security-model), as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String MEMBER = "member";
    public static final String SUPPLIER = "supplier";
    public static final String EVALUATOR = "evaluator";
    public static final String PROJECT_MANAGER = "project-manager";
    /**
     * Not a person's role: the service identity of contract-service, the only caller that may record an award
     * decision or a concluded contract in procurement-service (its tokens come from the OIDC provider's client
     * credentials grant in production, from the development key elsewhere).
     */
    public static final String CONTRACT_SERVICE = "contract-service";

    private Roles() {
    }

    /** "an officer", "an officer or a member", "a supplier, an officer or an evaluator": who holds one of the roles. */
    public static String holderOfAny(List<String> roles) {
        List<String> holders = roles.stream().map(Roles::holder).toList();
        if (holders.size() <= 1) {
            return String.join("", holders);
        }
        return String.join(", ", holders.subList(0, holders.size() - 1)) + " or " + holders.get(holders.size() - 1);
    }

    /** Who holds {@code role}, as a sentence names them: "an officer", "a project manager". */
    public static String holder(String role) {
        return switch (role) {
            case OFFICER -> "an officer";
            case MEMBER -> "a member";
            case SUPPLIER -> "a supplier";
            case EVALUATOR -> "an evaluator";
            case PROJECT_MANAGER -> "a project manager";
            case CONTRACT_SERVICE -> "contract-service";
            default -> role;
        };
    }
}
