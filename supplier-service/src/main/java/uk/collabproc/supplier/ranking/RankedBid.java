package uk.collabproc.supplier.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One bid's result. Scores are exact; round them (two decimals) only for display. {@code rank} is set for
 * qualified bids only, and bids still tied after the tie-break list share it.
 */
public record RankedBid(
        Integer rank,
        UUID bidId,
        UUID supplierId,
        String supplierName,
        Outcome outcome,
        BigDecimal evaluatedPrice,
        BigDecimal qualityScore,
        BigDecimal priceScore,
        BigDecimal totalScore,
        boolean abnormallyLow,
        List<String> reasons) {

    @Schema(name = "BidOutcome")
    public enum Outcome {
        QUALIFIED,
        DISQUALIFIED,
        /** Moderation is not finished: some QUALITY criterion has no moderated score yet. */
        NOT_EVALUABLE
    }
}
