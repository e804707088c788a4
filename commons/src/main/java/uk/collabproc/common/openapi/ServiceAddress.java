package uk.collabproc.common.openapi;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Swagger UI sends "Try it out" to the address the document was read from, unless the document names its server. A
 * page of another service reads this document through its {@code /openapi/...} redirect ({@link ServiceDocuments}), so
 * the document names this service's public address ({@code collab.swagger-ui.links.<application name>}), known only
 * when the service starts. Without one (tests) the document is the committed one, unchanged, and calls go to wherever
 * it was read from.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServiceAddress implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var config = ConfigProvider.getConfig();
        Optional<String> application = config.getOptionalValue("quarkus.application.name", String.class);
        Optional<String> link = application.flatMap(name -> config.getOptionalValue("collab.swagger-ui.links." + name, String.class))
                .map(address -> address.replaceAll("/+$", ""))
                .filter(address -> !address.isBlank());
        link.ifPresent(address -> openAPI.setServers(List.of(OASFactory.createServer().url(address).description(application.get()))));
    }
}
