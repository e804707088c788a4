package uk.collabproc.procurement.glance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in person's token, passed on to the services the page reads, which apply their own rules to it. A page is
 * authenticated from the session cookie, not an Authorization header, so the raw token is taken from the identity's
 * access token credential, which the cookie and the bearer mechanisms both carry.
 */
@RequestScoped
public class CallerToken {

    @Inject
    SecurityIdentity identity;

    public String authorization() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null) {
            return "Bearer " + credential.getToken();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
            return "Bearer " + token.getRawToken();
        }
        throw new IllegalStateException("No token to pass on: the page was reached without one");
    }
}
