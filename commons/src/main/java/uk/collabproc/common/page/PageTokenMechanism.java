package uk.collabproc.common.page;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates a page request by the token in its session cookie ({@link PageSession}), through the same identity
 * providers as a bearer token: same signature, issuer, audience and expiry checks. A page request without the cookie, or
 * with one the providers refuse (it expired, say), is anonymous: the page then sends the person to sign in, rather than
 * answering a browser with a 401 problem. Any other request is left to the bearer mechanisms.
 */
@ApplicationScoped
public class PageTokenMechanism implements HttpAuthenticationMechanism {

    /** Before the bearer mechanisms, which would otherwise answer a page request without an Authorization header. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 200;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String path = context.normalizedPath();
        if (!(path.equals(PageSession.PAGES) || path.startsWith(PageSession.PAGES + "/"))
                || context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(PageSession.COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(cookie.getValue()));
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context))
                .onFailure().recoverWithNull();
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
