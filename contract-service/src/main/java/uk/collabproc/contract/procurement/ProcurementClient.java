package uk.collabproc.contract.procurement;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import uk.collabproc.contract.remote.ServiceIdentity;

/**
 * Reads procurement-service on behalf of the caller. Reads are retried; a failing procurement-service trips the
 * circuit breaker and callers get 503 problem+json, never a half-stored change. A procurement the caller may not
 * see is empty.
 */
@ApplicationScoped
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, abortOn = HttpProblem.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = HttpProblem.class)
public class ProcurementClient {

    /** procurement-service's largest page. */
    static final int PAGE_SIZE = 500;

    @Inject
    @RestClient
    ProcurementServiceApi api;

    @Inject
    CallerToken token;

    @Inject
    ServiceIdentity service;

    @Fallback(fallbackMethod = "procurementUnavailable")
    public Optional<ProcurementSummary> procurement(UUID procurementId) {
        return Remote.unlessMissing("procurement-service", () -> api.procurement(procurementId, token.authorization()));
    }

    /**
     * Tells procurement-service of the award decision just stored (status AWARDED), as contract-service itself: only
     * its service identity may. Idempotent there, so it is retried like a read.
     */
    @Fallback(fallbackMethod = "decisionUnavailable")
    public Optional<ProcurementSummary> recordAwardDecision(UUID procurementId, AwardDecision decision) {
        return Remote.unlessMissing("procurement-service", () -> api.recordAwardDecision(procurementId, decision, service.authorization()));
    }

    /** Tells procurement-service of the contract just concluded (status CONTRACTED), as contract-service; idempotent too. */
    @Fallback(fallbackMethod = "conclusionUnavailable")
    public Optional<ProcurementSummary> recordContractConclusion(UUID procurementId, ContractConclusion conclusion) {
        return Remote.unlessMissing("procurement-service",
                () -> api.recordContractConclusion(procurementId, conclusion, service.authorization()));
    }

    /** Every site of the migration scope, page by page. */
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "scopeUnavailable")
    public Optional<List<MigrationSite>> scope(UUID procurementId) {
        return Remote.unlessMissing("procurement-service", () -> {
            List<MigrationSite> sites = new ArrayList<>();
            for (int page = 0;; page++) {
                List<MigrationSite> batch = api.scope(procurementId, page, PAGE_SIZE, token.authorization());
                sites.addAll(batch);
                if (batch.size() < PAGE_SIZE) {
                    return sites;
                }
            }
        });
    }

    /** The organisation's name and type, read on behalf of the caller; empty when procurement-service has no such organisation. */
    @Fallback(fallbackMethod = "organisationUnavailable")
    public Optional<OrganisationSummary> organisation(String odsCode) {
        return Remote.unlessMissing("procurement-service", () -> api.organisation(odsCode, token.authorization()));
    }

    Optional<OrganisationSummary> organisationUnavailable(String odsCode, Throwable cause) {
        throw Remote.unavailable("procurement-service", cause);
    }

    Optional<ProcurementSummary> procurementUnavailable(UUID procurementId, Throwable cause) {
        throw Remote.unavailable("procurement-service", cause);
    }

    Optional<ProcurementSummary> decisionUnavailable(UUID procurementId, AwardDecision decision, Throwable cause) {
        throw Remote.unavailable("procurement-service", cause);
    }

    Optional<ProcurementSummary> conclusionUnavailable(UUID procurementId, ContractConclusion conclusion, Throwable cause) {
        throw Remote.unavailable("procurement-service", cause);
    }

    Optional<List<MigrationSite>> scopeUnavailable(UUID procurementId, Throwable cause) {
        throw Remote.unavailable("procurement-service", cause);
    }
}
