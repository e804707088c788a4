package uk.collabproc.common.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens this service has verified, with the identity the OIDC extension made of each, until the token expires
 * (five minutes at most, so that a provider's key withdrawal reaches us soon). Verifying a token, its signature and its
 * claims, was half the work of a simple authenticated read (issue 12's profile); a client sends the same token for as
 * long as it lives. Only what the OIDC extension verified is kept ({@link VerifiedTokenKeeper}), under the exact token,
 * so a forged, altered or expired token is never found here and still meets the full check.
 */
@ApplicationScoped
public class VerifiedTokens {

    static final int MAX_TOKENS = 10_000;
    static final Duration LONGEST = Duration.ofMinutes(5);

    private record Kept(SecurityIdentity identity, long untilMillis) {
    }

    private final Map<String, Kept> verified = new ConcurrentHashMap<>();

    /** The identity of a token verified earlier that has not expired at {@code nowMillis}, or null. */
    public SecurityIdentity find(String token, long nowMillis) {
        Kept kept = verified.get(token);
        if (kept == null) {
            return null;
        }
        if (nowMillis >= kept.untilMillis()) {
            verified.remove(token, kept);
            return null;
        }
        return kept.identity();
    }

    /** Whether the token is kept as verified (it may have expired since: {@link #find} is what authenticates). */
    public boolean holds(String token) {
        return token != null && verified.containsKey(token);
    }

    /**
     * Keeps the identity the OIDC extension made of a verified token, without what belongs to the request it came with
     * (its routing context), so that each later request gets its own.
     */
    void keep(SecurityIdentity identity, long nowMillis) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (identity.isAnonymous() || credential == null || credential.getToken() == null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        if (!credential.getToken().equals(token.getRawToken())) {
            // A sign-in of the pages' web-app tenant: its principal is the ID token, which carries no organisation. Kept
            // under the access token, it was what a page and the API then found for that token (ProductionSuiteIT: 404).
            return;
        }
        if (verified.containsKey(credential.getToken())) {
            // Kept already: this is the kept identity coming round again on a later request.
            return;
        }
        // A token without an expiry (0) ends up with until <= now and is not kept.
        long until = Math.min(expiresAtSeconds(token) * 1000, nowMillis + LONGEST.toMillis());
        if (until <= nowMillis) {
            return;
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        verified.putIfAbsent(credential.getToken(), new Kept(forRequest(identity, null, null), until));
    }

    /** The token's {@code exp} claim; 0 when it has none, and such a token is not kept. */
    private static long expiresAtSeconds(JsonWebToken token) {
        Object exp = token.getClaim("exp");
        if (exp instanceof Number seconds) {
            return seconds.longValue();
        }
        if (exp instanceof JsonNumber seconds) {
            return seconds.longValue();
        }
        return 0;
    }

    /** The kept identity as the identity of the request now being authenticated. */
    static SecurityIdentity forRequest(SecurityIdentity identity, RoutingContext request, AuthenticationRequestContext context) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(RoutingContext.class.getName(), request)
                .addAttribute(AuthenticationRequestContext.class.getName(), context)
                .build();
    }
}
