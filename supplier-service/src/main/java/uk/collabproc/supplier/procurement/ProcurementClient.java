package uk.collabproc.supplier.procurement;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import uk.collabproc.common.problem.Problems;

/**
 * Reads procurement-service on behalf of the caller (its token is passed on, so procurement-service applies
 * its own rules). Both reads are idempotent and retried; a slow or failing procurement-service trips the
 * circuit breaker, and callers get 503 problem+json instead of a half-done change. A procurement or tender
 * the caller may not see, or that is not published, is empty. Timings can be overridden per method through
 * MicroProfile Fault Tolerance configuration.
 */
@ApplicationScoped
public class ProcurementClient {

    private static final Logger LOG = Logger.getLogger(ProcurementClient.class);

    @Inject
    @RestClient
    ProcurementServiceApi api;

    @Inject
    JsonWebToken token;

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "tenderUnavailable")
    public Optional<PublishedTender> publishedTender(UUID procurementId) {
        return unlessMissing(() -> api.tender(procurementId, authorization())).filter(PublishedTender::published);
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "procurementUnavailable")
    public Optional<ProcurementSummary> procurement(UUID procurementId) {
        return unlessMissing(() -> api.procurement(procurementId, authorization()));
    }

    Optional<PublishedTender> tenderUnavailable(UUID procurementId, Throwable cause) {
        throw unavailable(cause);
    }

    Optional<ProcurementSummary> procurementUnavailable(UUID procurementId, Throwable cause) {
        throw unavailable(cause);
    }

    private String authorization() {
        return "Bearer " + token.getRawToken();
    }

    /** 404 is an answer (missing, or not the caller's to see), not a failure: it is neither retried nor counted. */
    private static <T> Optional<T> unlessMissing(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static RuntimeException unavailable(Throwable cause) {
        LOG.warnf("procurement-service could not be read: %s", cause.toString());
        return Problems.unavailable("procurement-service cannot be reached just now; nothing has been changed. Try again shortly.");
    }
}
