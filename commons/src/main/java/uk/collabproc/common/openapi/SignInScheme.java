package uk.collabproc.common.openapi;

import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * In production, Swagger UI signs an officer in with the region's identity provider (authorization code with PKCE,
 * through the realm's public client collaborative-procurement-swagger-ui) instead of asking for a pasted token. Where
 * that provider is is known only when the service starts (OIDC_AUTH_SERVER_URL), so this filter runs then: it adds
 * an OpenID Connect scheme pointing at the provider's discovery document, and offers it beside the bearer token on
 * every operation that needs one. Without a provider (development tokens: dev, test, local) the document is the
 * committed one, unchanged.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SignInScheme implements OASFilter {

    static final String NAME = "signIn";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Optional<String> provider = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class);
        if (provider.isEmpty() || openAPI.getComponents() == null) {
            return;
        }
        openAPI.getComponents().addSecurityScheme(NAME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(provider.get().replaceAll("/+$", "") + "/.well-known/openid-configuration")
                .description("Sign in with the region's identity provider (authorization code with PKCE)."));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getOperations().entrySet()) {
                var requirements = operation.getValue().getSecurity();
                if (requirements != null && requirements.stream().anyMatch(SignInScheme::needsToken)) {
                    operation.getValue().addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(NAME));
                }
            }
        }
    }

    private static boolean needsToken(SecurityRequirement requirement) {
        return requirement.getSchemes() != null && !requirement.getSchemes().isEmpty();
    }
}
