package uk.collabproc.supplier.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bid as the scoring engine sees it: its prices, the moderated score per QUALITY criterion (missing while
 * moderation is unfinished), the declaration per PASS_FAIL criterion, the supplier's CN-SP status and the
 * officer's review of an abnormally low price, if any.
 */
public record BidUnderEvaluation(
        UUID bidId,
        UUID supplierId,
        String supplierName,
        boolean cnSpCompliant,
        List<PriceLine> prices,
        Map<String, Integer> moderatedScores,
        Map<String, Boolean> passFail,
        Review abnormallyLowReview) {

    @Schema(name = "ReviewDecision")
    public enum Review {
        ACCEPTED,
        REJECTED
    }

    /** The bid's price for one line of the pricing schedule: one-off and annual charges, GBP. */
    public record PriceLine(String lineId, BigDecimal oneOff, BigDecimal annual) {
    }
}
