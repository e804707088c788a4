package uk.collabproc.procurement.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What contract-service tells of an award it has stored. */
@Schema(name = "AwardDecision")
public record AwardDecision(
        @NotNull @Schema(description = "The award in contract-service") UUID awardId,
        @NotNull LocalDate decisionDate,
        @NotNull @Schema(description = "When the standstill ends") Instant standstillEndsAt,
        @Schema(description = "The winning supplier in supplier-service; the contract award notice names it") UUID supplierId,
        @Schema(description = "Required for the contract award notice (UK6)", example = "MLL Telecom Ltd") String supplierName,
        @Schema(description = "The winning bid's evaluated price over the contract term; required for the contract award notice (UK6)", example = "299675.00") BigDecimal value,
        @Pattern(regexp = ProcurementLot.NUMBER, message = "must be a lot number such as 1") @Schema(description = "The lot awarded: required when the tender is divided into lots, absent when it is not", example = "1") String lot) {
}
