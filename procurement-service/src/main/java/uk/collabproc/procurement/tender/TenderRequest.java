package uk.collabproc.procurement.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The tender as the officer defines it; what is left out takes the defaults of docs/domain.md#criteria-and-defaults. */
@Schema(name = "TenderRequest")
public record TenderRequest(
        @NotNull List<Criterion> criteria,
        @Schema(description = "Quality scores run from 0 to this; default 5") Integer scaleMax,
        @Schema(description = "Default LOWEST_PRICE_RATIO") PriceFormula priceFormula,
        @Schema(description = "Quality score below this % of the available quality marks disqualifies; default 0") BigDecimal qualityThresholdPercent,
        @Schema(description = "A price more than this % below the mean is flagged; default 20") BigDecimal abnormallyLowPercent,
        @Schema(description = "Individual scores further apart than this are flagged for discussion; default 2") Integer discrepancyPoints,
        @Schema(description = "Default [HIGHER_QUALITY, LOWER_PRICE]") List<TieBreak> tieBreak,
        @NotNull @Schema(example = "2017-10-20T12:00:00Z") Instant clarificationDeadline,
        @NotNull @Schema(example = "2017-11-06T12:00:00Z") Instant tenderDeadline,
        @Size(max = 4000) @Schema(description = "What is bought, in words: it opens the tender notice. Required to publish", example = "Wide area network connectivity (HSCN) for the sites of the Devon organisations, with migration from the legacy network") String description,
        @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 12, fraction = 2) @Schema(description = "The estimated value of the contract over its term in GBP, excluding VAT: required to publish under the Procurement Act 2023, stated in the contract notice under PCR 2015 when given", example = "1450000.00") BigDecimal estimatedValue,
        @Pattern(regexp = "\\d{8}(-\\d)?", message = "must be a CPV code, eight digits such as 72720000") @Schema(description = "The main CPV code of what is bought; default 72720000, wide area network services", example = "72720000") String mainClassification,
        @Schema(description = "The lots the tender is divided into, each evaluated, ranked, awarded and contracted on its own; absent or empty for a tender not divided") List<Lot> lots,
        @Schema(description = "When changing a saved tender: the version it is based on") Long version) {

    /** CPV 72720000: wide area network services, what this suite's procurements buy. */
    static final String DEFAULT_MAIN_CLASSIFICATION = "72720000";

    EvaluationModel withDefaults() {
        return new EvaluationModel(criteria,
                scaleMax == null ? EvaluationModel.DEFAULT_SCALE_MAX : scaleMax,
                priceFormula == null ? EvaluationModel.DEFAULT_PRICE_FORMULA : priceFormula,
                qualityThresholdPercent == null ? EvaluationModel.DEFAULT_QUALITY_THRESHOLD_PERCENT : qualityThresholdPercent,
                abnormallyLowPercent == null ? EvaluationModel.DEFAULT_ABNORMALLY_LOW_PERCENT : abnormallyLowPercent,
                discrepancyPoints == null ? EvaluationModel.DEFAULT_DISCREPANCY_POINTS : discrepancyPoints,
                tieBreak == null ? EvaluationModel.DEFAULT_TIE_BREAK : tieBreak,
                clarificationDeadline, tenderDeadline);
    }
}
