package uk.collabproc.procurement.site;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegacyConnection", description = "The connection the site has today, which the new network replaces")
public record LegacyConnection(
        @NotBlank @Size(max = 100) @Schema(example = "N3 broadband") String product,
        @NotNull @Positive @Max(100_000) @Schema(example = "10") Integer bandwidthMbps,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Schema(description = "GBP per year", example = "3100.00") BigDecimal annualCost) {
}
