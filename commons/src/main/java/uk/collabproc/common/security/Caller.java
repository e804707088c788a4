package uk.collabproc.common.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, in the domain's terms: the token subject, its roles, the organisation (ODS code) it acts
 * for and, for a supplier, the supplier id. Object-level checks use it to answer 404 for other people's data.
 */
// Unremovable: the audit listener looks it up programmatically, which Arc cannot see at build time.
@Unremovable
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "org";
    public static final String SUPPLIER_CLAIM = "supplier";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whether the token says the caller acts for this organisation (by ODS code). */
    public boolean belongsTo(String odsCode) {
        return organisation().map(own -> own.equals(odsCode)).orElse(false);
    }

    /** Whether the token says the caller acts for the lead partner or one of its co-leads (ODS codes; no co-leads may be null). */
    public boolean belongsToLeadOrCoLead(String lead, java.util.Collection<String> coLeads) {
        return belongsTo(lead) || coLeads != null && belongsToAnyOf(coLeads);
    }

    /** Whether the token says the caller acts for one of these organisations (by ODS code). */
    public boolean belongsToAnyOf(java.util.Collection<String> odsCodes) {
        return organisation().map(odsCodes::contains).orElse(false);
    }

    public Optional<String> organisation() {
        return claim(ORGANISATION_CLAIM);
    }

    public Optional<String> supplier() {
        return claim(SUPPLIER_CLAIM);
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            if (value instanceof JsonString text) {
                return Optional.of(text.getString());
            }
            return Optional.ofNullable(value).map(Object::toString);
        }
        return Optional.empty();
    }
}
