package uk.collabproc.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

/**
 * Asked before the OIDC extension's provider: answers the identity of a bearer token verified earlier
 * ({@link VerifiedTokens}); for any other token it answers nothing, and the OIDC extension verifies it as always.
 * Augmentors (such as {@link uk.collabproc.common.text.NulRefusingTokens}) still run on every request.
 */
@ApplicationScoped
public class VerifiedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    VerifiedTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before the OIDC extension's provider, which has the default priority ({@code SYSTEM_FIRST + 1}). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity kept = tokens.find(request.getToken().getToken(), System.currentTimeMillis());
        if (kept == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(VerifiedTokens.forRequest(kept, HttpSecurityUtils.getRoutingContextAttribute(request), context));
    }
}
