package uk.collabproc.supplier.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.supplier.bid.BidRequest;
import uk.collabproc.supplier.ranking.RankedBid;

@Schema(name = "EvaluationMatrix", description = "Every bid against every criterion: individual and moderated scores, discrepancies, pass/fail, price and flags")
public record EvaluationMatrix(
        UUID procurementId,
        @Schema(description = "The lot of a divided tender this is of; null when the tender is not divided", pattern = BidRequest.LOT_NUMBER, example = "1") String lot,
        int scaleMax,
        int discrepancyPoints,
        @Schema(description = "Every bid has a moderated score on every QUALITY criterion") boolean complete,
        List<Row> bids) {

    public record Row(
            UUID bidId,
            UUID supplierId,
            String supplierName,
            boolean cnSpCompliant,
            List<Cell> quality,
            List<PassFail> passFail,
            BigDecimal evaluatedPrice,
            boolean abnormallyLow,
            ReviewView abnormallyLowReview,
            RankedBid.Outcome status,
            List<String> reasons) {
    }

    public record Cell(
            String criterionCode,
            List<ScoreView> scores,
            ScoreView moderated,
            @Schema(description = "The individual scores differ by more than discrepancyPoints: discuss before moderating") boolean discrepancy) {
    }

    public record PassFail(String criterionCode, boolean met, String evidence) {
    }
}
