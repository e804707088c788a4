package uk.collabproc.contract.supplier;

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
import uk.collabproc.contract.remote.CallerToken;

/** Reads supplier-service on behalf of the caller (the officer), with the same guards as {@code ProcurementClient}. */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, abortOn = HttpProblem.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = HttpProblem.class)
public class SupplierClient {

    @Inject
    @RestClient
    SupplierServiceApi api;

    @Inject
    CallerToken token;

    /**
     * The ranking of the bids on {@code lot} (null for a tender not divided: the procurement's ranking, asked without the
     * parameter as before lots); ranking 50 large bids takes supplier-service up to a second, hence the longer timeout.
     */
    @Fallback(fallbackMethod = "rankingUnavailable")
    public Optional<List<RankingEntry>> ranking(UUID procurementId, String lot) {
        return Remote.unlessMissing("supplier-service", () -> api.ranking(procurementId, lot, token.authorization()));
    }

    @Fallback(fallbackMethod = "bidUnavailable")
    public Optional<WinningBid> bid(UUID procurementId, UUID bidId) {
        return Remote.unlessMissing("supplier-service", () -> api.bid(procurementId, bidId, token.authorization()));
    }

    Optional<List<RankingEntry>> rankingUnavailable(UUID procurementId, String lot, Throwable cause) {
        throw Remote.unavailable("supplier-service", cause);
    }

    Optional<WinningBid> bidUnavailable(UUID procurementId, UUID bidId, Throwable cause) {
        throw Remote.unavailable("supplier-service", cause);
    }
}
