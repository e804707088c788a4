package uk.collabproc.contract.links;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a procurement, its award and its contract are, across the services: the same shape on each of the three (and
 * procurement-service's procurement carries it too). A link into another service is an absolute URL built from this
 * service's configuration of where that one is published ({@link ServiceLinks}); a link within this service is a path
 * relative to it, as a {@code Location} is. One that does not exist (yet) has no link.
 */
@Schema(name = "Links", description = "The procurement, its award and its contract: a path in this service (as Location), an absolute URL "
        + "in another; one that does not exist yet has no link")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Links(
        @Schema(description = "The procurement in procurement-service", example = "http://localhost:8081/api/v1/procurements/7b0c5a4e-8d7a-4f43-9a61-1b2f4c0e9d11") String procurement,
        @Schema(description = "The award", example = "/api/v1/awards/1f0e3c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b") String award,
        @Schema(description = "The contract", example = "/api/v1/contracts/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d") String contract) {
}
