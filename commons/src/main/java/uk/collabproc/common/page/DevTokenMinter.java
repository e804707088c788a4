package uk.collabproc.common.page;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * Mints a development token for a persona of the demo, with the claims test-support's DevTokens gives the tests and
 * deploy/local/token.sh: the same key, issuer and claims, so the pages see exactly what an API client with that token sees.
 */
@ApplicationScoped
public class DevTokenMinter {

    static final Duration LIFETIME = Duration.ofHours(12);

    @Inject
    PagesConfig config;

    @ConfigProperty(name = "quarkus.oidc.token.issuer", defaultValue = "https://dev.collabproc.invalid")
    String issuer;

    private volatile PrivateKey key;

    public boolean enabled() {
        return config.devSignIn().enabled();
    }

    public Duration lifetime() {
        return LIFETIME;
    }

    /** A token for {@code persona}; throws if development sign-in is off or the key cannot be read. */
    public String mint(Persona persona) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(persona.subject()).upn(persona.subject()).groups(Set.of(persona.role()))
                .expiresIn(LIFETIME);
        persona.organisation().ifPresent(org -> claims.claim("org", org));
        persona.supplier().ifPresent(supplier -> claims.claim("supplier", supplier));
        return claims.sign(key());
    }

    private PrivateKey key() {
        if (!enabled()) {
            throw new IllegalStateException("Development sign-in is off");
        }
        PrivateKey read = key;
        if (read == null) {
            String location = config.devSignIn().keyLocation()
                    .orElseThrow(() -> new IllegalStateException("collab.pages.dev-sign-in.key-location is not set"));
            try {
                String pem = ResourceUtils.readResource(location);
                if (pem == null) {
                    throw new IllegalStateException("No development key at " + location);
                }
                read = KeyUtils.decodePrivateKey(pem);
            } catch (java.io.IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the development key at " + location, e);
            }
            key = read;
        }
        return read;
    }
}
