package uk.collabproc.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

class VerifiedTokensTest {

    private static final long NOW = 1_512_378_000_000L;
    private static final String TOKEN = "eyJ.header.signature";

    private final VerifiedTokens tokens = new VerifiedTokens();

    @Test
    void aVerifiedTokenIsFoundUntilItExpires() {
        tokens.keep(identity(TOKEN, NOW / 1000 + 60), NOW);

        SecurityIdentity found = tokens.find(TOKEN, NOW + 59_999);
        assertNotNull(found);
        assertEquals(Set.of("officer"), found.getRoles());
        assertNull(tokens.find(TOKEN, NOW + 60_000), "expired");
    }

    @Test
    void aTokenIsKeptFiveMinutesAtMostHoweverLongItLives() {
        tokens.keep(identity(TOKEN, NOW / 1000 + 3_600), NOW);

        assertNotNull(tokens.find(TOKEN, NOW + VerifiedTokens.LONGEST.toMillis() - 1));
        assertNull(tokens.find(TOKEN, NOW + VerifiedTokens.LONGEST.toMillis()));
    }

    @Test
    void aTokenThatExpiredIsKeptAgainOnceVerifiedAgain() {
        tokens.keep(identity(TOKEN, NOW / 1000 + 60), NOW);
        assertTrue(tokens.holds(TOKEN));
        assertFalse(tokens.holds(TOKEN + "x"));
        assertFalse(tokens.holds(null));

        assertNull(tokens.find(TOKEN, NOW + VerifiedTokens.LONGEST.toMillis()), "expired, and forgotten when looked up");
        assertFalse(tokens.holds(TOKEN));
        tokens.keep(identity(TOKEN, NOW / 1000 + 3_600), NOW + VerifiedTokens.LONGEST.toMillis());
        assertNotNull(tokens.find(TOKEN, NOW + VerifiedTokens.LONGEST.toMillis() + 1));
    }

    @Test
    void onlyTheExactTokenFindsIt() {
        tokens.keep(identity(TOKEN, NOW / 1000 + 60), NOW);

        assertNull(tokens.find(TOKEN + "x", NOW));
        assertNull(tokens.find("eyJ.header.signaturf", NOW));
    }

    @Test
    void anIdentityWithoutABearerTokenOrAnExpiryIsNotKept() {
        tokens.keep(QuarkusSecurityIdentity.builder().setAnonymous(true).build(), NOW);
        tokens.keep(identity(TOKEN, 0), NOW);
        tokens.keep(identity("expired", NOW / 1000 - 1), NOW);

        assertNull(tokens.find(TOKEN, NOW));
        assertNull(tokens.find("expired", NOW));
    }

    @Test
    void aSignInWhosePrincipalIsAnotherTokenIsNotKeptUnderItsAccessToken() {
        tokens.keep(identity("eyJ.id-token.signature", TOKEN, NOW / 1000 + 60), NOW);

        assertNull(tokens.find(TOKEN, NOW), "the access token is verified as a bearer token when it comes as one");
    }

    @Test
    void eachRequestGetsTheKeptIdentityWithItsOwnRoutingContext() {
        SecurityIdentity verified = QuarkusSecurityIdentity.builder(identity(TOKEN, NOW / 1000 + 60))
                .addAttribute(RoutingContext.class.getName(), "the first request").build();
        tokens.keep(verified, NOW);

        SecurityIdentity kept = tokens.find(TOKEN, NOW);
        assertNull(kept.getAttribute(RoutingContext.class.getName()), "the first request's context is not kept");
        assertSame(verified.getPrincipal(), VerifiedTokens.forRequest(kept, null, null).getPrincipal());
    }

    private static SecurityIdentity identity(String token, long expiresAtSeconds) {
        return identity(token, token, expiresAtSeconds);
    }

    /** The principal is the token {@code principalToken}; the bearer credential is {@code accessToken}. */
    private static SecurityIdentity identity(String principalToken, String accessToken, long expiresAtSeconds) {
        String token = principalToken;
        JsonWebToken principal = new JsonWebToken() {
            private final Map<String, Object> claims = expiresAtSeconds == 0 ? Map.of("sub", "officer-rk9", "raw_token", token)
                    : Map.of("sub", "officer-rk9", "exp", expiresAtSeconds, "raw_token", token);

            @Override
            public String getName() {
                return "officer-rk9";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRole("officer")
                .addCredential(new AccessTokenCredential(accessToken))
                .build();
    }
}
