package uk.collabproc.common.openapi;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.problem.ProblemTypes;

/**
 * One Swagger UI page reaches the three services' operations: its top bar lists the three documents
 * ({@code quarkus.swagger-ui.urls}, the same relative addresses in every service, fixed when the service is built), and
 * {@code /openapi/{service}} sends the browser on to that service's document, wherever it is public (found at run time
 * in {@code collab.swagger-ui.links.*}). Each document names its own service in {@code servers}
 * ({@link ServiceAddress}), so that "Try it out" calls the service that owns the operation; the services let each
 * other's pages call them (CORS, {@code quarkus.http.cors.origins}). A service whose address is not configured is
 * answered 404: its page then lists it without reaching it.
 */
@ApplicationScoped
public class ServiceDocuments {

    static final String PATH = "/openapi/";
    /** Where each service serves its own API document. */
    private static final URI DOCUMENT = URI.create("/q/openapi");

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "collab.swagger-ui.links.procurement-service")
    Optional<String> procurement;

    @ConfigProperty(name = "collab.swagger-ui.links.supplier-service")
    Optional<String> supplier;

    @ConfigProperty(name = "collab.swagger-ui.links.contract-service")
    Optional<String> contract;

    void install(@Observes Router router) {
        router.get(PATH + ":service").handler(this::redirect);
    }

    private void redirect(RoutingContext context) {
        String service = context.pathParam("service");
        Optional<String> document = service.equals(application) ? Optional.of(DOCUMENT.toString())
                : Optional.ofNullable(links().get(service)).flatMap(link -> link).map(link -> Locations.at(link, DOCUMENT));
        if (document.isEmpty()) {
            context.response().setStatusCode(404).putHeader(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .end(new JsonObject().put("type", ProblemTypes.ABOUT_BLANK.toString()).put("title", "Not Found").put("status", 404)
                            .put("detail", "No API document of " + service + " is known here").encode());
            return;
        }
        context.response().setStatusCode(307).putHeader(HttpHeaderNames.LOCATION, document.get())
                .putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store").end();
    }

    private Map<String, Optional<String>> links() {
        return Map.of("procurement-service", procurement, "supplier-service", supplier, "contract-service", contract);
    }
}
