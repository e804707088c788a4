package uk.collabproc.procurement.procurement;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What contract-service tells of a contract it has concluded for the recorded award. */
@Schema(name = "ContractConclusion")
public record ContractConclusion(
        @NotNull @Schema(description = "The award the contract follows; it must be the one recorded") UUID awardId,
        @NotNull @Schema(description = "The contract in contract-service") UUID contractId) {
}
