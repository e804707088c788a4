package uk.collabproc.procurement.glance;

import java.time.temporal.ChronoUnit;
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

/** Reads contract-service on behalf of the signed-in person, with the same guards as {@link SupplierClient}. */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 1, delay = 200, abortOn = HttpProblem.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = HttpProblem.class)
public class ContractClient {

    static final String SERVICE = "contract-service";

    @Inject
    @RestClient
    ContractServiceApi api;

    @Inject
    CallerToken token;

    /** Empty when contract-service has no such contract, or none of a member's sites are in it. */
    @Fallback(fallbackMethod = "benefitsUnavailable")
    public Optional<Benefits> benefits(UUID contractId) {
        return Remote.unlessMissing(SERVICE, () -> api.benefits(contractId, token.authorization()));
    }

    Optional<Benefits> benefitsUnavailable(UUID contractId, Throwable cause) {
        throw Remote.unavailable(SERVICE, cause);
    }
}
