package uk.collabproc.supplier.procurement;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkiverse.resteasy.problem.HttpProblem;

import uk.collabproc.common.remote.Remote;

/**
 * Reads procurement-service on behalf of the caller (its token is passed on, so procurement-service applies
 * its own rules). Both reads are idempotent and retried; a slow or failing procurement-service trips the
 * circuit breaker, and callers get 503 problem+json instead of a half-done change. A procurement or tender
 * the caller may not see, or that is not published, is empty. Timings can be overridden per method through
 * MicroProfile Fault Tolerance configuration.
 */
@ApplicationScoped
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, abortOn = HttpProblem.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = HttpProblem.class)
public class ProcurementClient {

    @Inject
    @RestClient
    ProcurementServiceApi api;

    @Inject
    JsonWebToken token;

    @Fallback(fallbackMethod = "tenderUnavailable")
    public Optional<PublishedTender> publishedTender(UUID procurementId) {
        return Remote.unlessMissing("procurement-service", () -> api.tender(procurementId, authorization()))
                .filter(PublishedTender::published);
    }

    @Fallback(fallbackMethod = "procurementUnavailable")
    public Optional<ProcurementSummary> procurement(UUID procurementId) {
        return Remote.unlessMissing("procurement-service", () -> api.procurement(procurementId, authorization()));
    }

    Optional<PublishedTender> tenderUnavailable(UUID procurementId, Throwable cause) {
        throw Remote.unavailable("procurement-service", cause);
    }

    Optional<ProcurementSummary> procurementUnavailable(UUID procurementId, Throwable cause) {
        throw Remote.unavailable("procurement-service", cause);
    }

    private String authorization() {
        return "Bearer " + token.getRawToken();
    }
}
