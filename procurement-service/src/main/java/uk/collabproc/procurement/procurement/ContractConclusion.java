package uk.collabproc.procurement.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What contract-service tells of a contract it has concluded for the recorded award. */
@Schema(name = "ContractConclusion")
public record ContractConclusion(
        @NotNull @Schema(description = "The award the contract follows; it must be the one recorded") UUID awardId,
        @NotNull @Schema(description = "The contract in contract-service") UUID contractId,
        @Schema(description = "The supplier the contract is with") UUID supplierId,
        @Schema(description = "Required for the notice that follows the contract (UK7 or F03)", example = "MLL Telecom Ltd") String supplierName,
        @Schema(description = "Required for the notice that follows the contract", example = "2017-12-20") LocalDate signedDate,
        @Schema(description = "Required for the notice that follows the contract", example = "2017-12-20") LocalDate startDate,
        @Schema(description = "Required for the notice that follows the contract", example = "2022-12-19") LocalDate endDate,
        @Schema(description = "The contract's value over its term; required for the notice that follows the contract", example = "299675.00") BigDecimal value,
        @Pattern(regexp = ProcurementLot.NUMBER, message = "must be a lot number such as 1") @Schema(description = "The lot the contract is for: required when the tender is divided into lots, absent when it is not", example = "1") String lot) {
}
