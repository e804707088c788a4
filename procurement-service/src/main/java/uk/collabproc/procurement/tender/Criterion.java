package uk.collabproc.procurement.tender;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One evaluation criterion of a tender. */
@Schema(name = "Criterion")
public record Criterion(
        @Schema(description = "Unique within the tender", example = "Q1") String code,
        @Schema(example = "Service design") String title,
        CriterionKind kind,
        @Schema(description = "Percentage for QUALITY and PRICE criteria (all of them sum to 100); absent for PASS_FAIL", example = "30") BigDecimal weight,
        @Schema(description = "QUALITY only: a moderated score below it disqualifies the bid", example = "2") Integer minimumScore) {
}
