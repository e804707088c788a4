package uk.collabproc.procurement.glance;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkiverse.resteasy.problem.HttpProblem;

import uk.collabproc.common.remote.Remote;

/**
 * Reads supplier-service on behalf of the signed-in officer, with the guards of contract-service's clients (timeout,
 * retries on reads, circuit breaker, commons {@link Remote}'s rule for answers). A person waits for the page, so one
 * retry and 5 s a call rather than contract-service's 10 s: a ranking takes supplier-service up to a second.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 1, delay = 200, abortOn = HttpProblem.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = HttpProblem.class)
public class SupplierClient {

    static final String SERVICE = "supplier-service";

    @Inject
    @RestClient
    SupplierServiceApi api;

    @Inject
    CallerToken token;

    @Fallback(fallbackMethod = "rankingUnavailable")
    public Optional<List<RankingEntry>> ranking(UUID procurementId) {
        return Remote.unlessMissing(SERVICE, () -> api.ranking(procurementId, token.authorization()));
    }

    @Fallback(fallbackMethod = "sensitivityUnavailable")
    public Optional<SensitivityReport> sensitivity(UUID procurementId) {
        return Remote.unlessMissing(SERVICE, () -> api.sensitivity(procurementId, token.authorization()));
    }

    Optional<List<RankingEntry>> rankingUnavailable(UUID procurementId, Throwable cause) {
        throw Remote.unavailable(SERVICE, cause);
    }

    Optional<SensitivityReport> sensitivityUnavailable(UUID procurementId, Throwable cause) {
        throw Remote.unavailable(SERVICE, cause);
    }
}
