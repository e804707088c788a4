package uk.collabproc.supplier.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.supplier.ranking.RankedBid;

@Schema(name = "RankingEntry", description = "Scores and prices rounded to two decimals for display; ranks and ties come from the exact values")
public record RankingEntry(
        @Schema(description = "Absent unless QUALIFIED; tied bids share a rank (1, 2, 2, 4)") Integer rank,
        UUID bidId,
        UUID supplierId,
        String supplierName,
        @Schema(description = "Absent until every QUALITY criterion has a moderated score") BigDecimal qualityScore,
        @Schema(description = "Qualified bids only") BigDecimal priceScore,
        @Schema(description = "Qualified bids only") BigDecimal totalScore,
        BigDecimal evaluatedPrice,
        @Schema(description = "NOT_EVALUABLE: moderation is not finished for this bid, so it is not ranked yet") RankedBid.Outcome status,
        List<String> reasons,
        boolean abnormallyLow) {

    static RankingEntry of(RankedBid result) {
        return new RankingEntry(result.rank(), result.bidId(), result.supplierId(), result.supplierName(),
                Display.twoDecimals(result.qualityScore()), Display.twoDecimals(result.priceScore()),
                Display.twoDecimals(result.totalScore()),
                Display.twoDecimals(result.evaluatedPrice()), result.outcome(), result.reasons(), result.abnormallyLow());
    }
}
