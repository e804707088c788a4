package uk.collabproc.contract.benefits;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One month's value as the organisation records or corrects it. */
@Schema(name = "MeasurementRecord")
public record MeasurementRecord(
        @NotNull @Digits(integer = 15, fraction = 4) @Schema(examples = "8") BigDecimal value,
        @Size(max = 2000) @Schema(description = "Where the figure comes from, or why it was corrected") String note,
        @Schema(description = "The version being corrected; absent when recording the month for the first time") Long version) {
}
