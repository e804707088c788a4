package uk.collabproc.supplier.procurement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports in readiness whether procurement-service answers, without failing readiness over it: supplier-service
 * still serves what it can (suppliers, and a clear 503 for the rest), so taking it out of service would only
 * hide the cause.
 */
@Readiness
@ApplicationScoped
public class ProcurementServiceHealth implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @ConfigProperty(name = "quarkus.rest-client.procurement-service.url")
    String procurementService;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("procurement-service").up()
                .withData("url", procurementService)
                .withData("reachable", reachable())
                .build();
    }

    private boolean reachable() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(procurementService + "/q/health/live"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
