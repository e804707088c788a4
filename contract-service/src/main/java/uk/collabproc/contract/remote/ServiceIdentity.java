package uk.collabproc.contract.remote;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.client.OidcClient;
import io.smallrye.jwt.build.Jwt;

import uk.collabproc.common.security.Roles;

/**
 * contract-service's own identity, for the few calls that only it may make: recording in procurement-service an award
 * decision or a concluded contract that it has stored. Those must not ride on the officer's token, or any officer could
 * make them directly (issue 17).
 */
@ApplicationScoped
public class ServiceIdentity {

    public enum Source {
        /** Production: the OIDC provider's client credentials grant. */
        OIDC_CLIENT,
        /** Dev, test and local runs: a short-lived token signed with the development key those profiles trust. */
        DEVELOPMENT_KEY
    }

    private static final Duration TOKEN_WAIT = Duration.ofSeconds(3);

    @ConfigProperty(name = "collab.service-identity.source")
    Source source;

    @Inject
    Instance<OidcClient> oidcClient;

    public String authorization() {
        String token = switch (source) {
            case OIDC_CLIENT -> oidcClient.get().getTokens().await().atMost(TOKEN_WAIT).getAccessToken();
            case DEVELOPMENT_KEY -> Jwt.subject(Roles.CONTRACT_SERVICE).upn(Roles.CONTRACT_SERVICE).groups(Roles.CONTRACT_SERVICE).sign();
        };
        return "Bearer " + token;
    }
}
