package uk.collabproc.contract.links;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.collabproc.common.http.Locations;

/**
 * Builds {@link Links}. procurement-service's address is the one configured for people to reach it
 * ({@code collab.links.procurement-service-url}), never the Host a request named: a client behind a proxy, or a forged
 * Host, must not turn the links elsewhere.
 */
@ApplicationScoped
public class ServiceLinks {

    static final String PROCUREMENT = "/api/v1/procurements/{id}";
    static final String AWARD = "/api/v1/awards/{id}";
    static final String CONTRACT = "/api/v1/contracts/{id}";

    @ConfigProperty(name = "collab.links.procurement-service-url")
    String procurementService;

    /** The links of a procurement, its award (or a lot's) and its contract; {@code contractId} null before the contract. */
    public Links of(UUID procurementId, UUID awardId, UUID contractId) {
        return new Links(Locations.at(procurementService, Locations.of(PROCUREMENT, procurementId)),
                Locations.of(AWARD, awardId).toString(),
                contractId == null ? null : Locations.of(CONTRACT, contractId).toString());
    }
}
