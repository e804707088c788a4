package uk.collabproc.common.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Takes a request whose bearer token this service verified earlier ({@link VerifiedTokens}) before the OIDC extension's
 * mechanism does: that one decodes the token's JSON on every request, only to learn that it is not opaque, before any
 * identity provider is asked (a tenth of a cached read). The identity still comes from the identity providers,
 * {@link VerifiedTokenProvider} first, and through every augmentor. Any other request (no bearer token, or one not
 * verified yet, altered or expired) gets nothing here, and the OIDC extension's mechanism authenticates it, or refuses
 * it with its own challenge, as before: this mechanism never challenges.
 */
@ApplicationScoped
public class VerifiedTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    VerifiedTokens tokens;

    /** Before the OIDC extension's mechanism, whose priority is 1001 ({@code quarkus.oidc.auth-mechanism-priority}'s default). */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity kept = tokens.find(authorization.substring(BEARER.length()), System.currentTimeMillis());
        AccessTokenCredential credential = kept == null ? null : kept.getCredential(AccessTokenCredential.class);
        if (credential == null) {
            return Uni.createFrom().nullItem();
        }
        // The credential the OIDC extension made of this token: should it expire before the providers look it up, the
        // extension's own provider verifies it in full.
        return identityProviderManager
                .authenticate(HttpSecurityUtils.setRoutingContextAttribute(new TokenAuthenticationRequest(credential), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }
}
