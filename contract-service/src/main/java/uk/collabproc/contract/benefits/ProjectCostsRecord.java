package uk.collabproc.contract.benefits;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's own project costs, as it records them. */
@Schema(name = "ProjectCostsRecord")
public record ProjectCostsRecord(
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) @Schema(description = "One-off capital the organisation spends itself beyond the supplier's one-off charges "
                + "(equipment, cabling, site works); the supplier's one-off charges come from the winning bid and are not entered here", examples = "0") BigDecimal ownCapitalOutlay,
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 3) @Schema(description = "Internal project effort, in full-time equivalents", examples = "0.1") BigDecimal effortFte,
        @NotNull @DecimalMin("0") @DecimalMax("120") @Digits(integer = 3, fraction = 2) @Schema(description = "For how many months", examples = "6") BigDecimal effortMonths,
        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) @Schema(description = "What one FTE costs the organisation a year, on-costs included", examples = "45000") BigDecimal costPerFtePerYear,
        @Schema(description = "The version being replaced; absent when recording the organisation's costs for the first time") Long version) {
}
