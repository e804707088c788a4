package uk.collabproc.procurement.links;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.collabproc.common.http.Locations;

/**
 * Builds {@link Links}. contract-service's address is the one configured for people and partner systems to reach it
 * ({@code collab.links.contract-service-url}), never the Host a request named: a client behind a proxy, or a forged
 * Host, must not turn the links elsewhere.
 */
@ApplicationScoped
public class ServiceLinks {

    @ConfigProperty(name = "collab.links.contract-service-url")
    String contractService;

    /** The procurement's links, with its award's (or a lot's) and its contract's when they exist. */
    public Links of(UUID procurementId, UUID awardId, UUID contractId) {
        return new Links(Locations.of("/api/v1/procurements/{id}", procurementId).toString(),
                awardId == null ? null : Locations.at(contractService, Locations.of("/api/v1/awards/{id}", awardId)),
                contractId == null ? null : Locations.at(contractService, Locations.of("/api/v1/contracts/{id}", contractId)));
    }
}
