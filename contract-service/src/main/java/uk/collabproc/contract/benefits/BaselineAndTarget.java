package uk.collabproc.contract.benefits;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an organisation starts on a measure (a month before the new service) and where it aims to be. */
@Schema(name = "BaselineAndTarget")
public record BaselineAndTarget(
        @NotNull @Digits(integer = 15, fraction = 4) @Schema(examples = "20") BigDecimal baselineValue,
        @NotNull @Schema(examples = "2017-06", description = "The month the baseline was measured") YearMonth baselinePeriod,
        @NotNull @Digits(integer = 15, fraction = 4) @Schema(examples = "10") BigDecimal targetValue,
        @Schema(description = "The version being replaced; absent when setting the organisation's first baseline") Long version) {
}
