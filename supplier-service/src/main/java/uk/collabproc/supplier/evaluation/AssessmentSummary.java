package uk.collabproc.supplier.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.supplier.bid.BidRequest;
import uk.collabproc.supplier.ranking.RankedBid;

/**
 * What a bidder is told of the award decision. Under PA 2023 it is the assessment summary: each criterion's score
 * and reason for the recipient and the winner, with sub-totals and totals. Under PCR 2015 it is the content of the
 * award decision letter: the criteria, the reasons, the recipient's and the winner's scores and the winner's name
 * (the end of standstill is added by contract-service, which computes it).
 */
@Schema(name = "AssessmentSummary")
public record AssessmentSummary(
        UUID procurementId,
        @Schema(description = "The lot of a divided tender this is of; null when the tender is not divided", pattern = BidRequest.LOT_NUMBER, example = "1") String lot,
        @Schema(enumeration = {
                "PCR_2015", "PA_2023" }) String regime,
        Document document,
        Party recipient,
        Party winner,
        String winnerName,
        List<CriterionAssessment> criteria,
        @Schema(description = "PA 2023 only: quality and price sub-totals") Subtotals subtotals,
        Totals totals,
        @Schema(description = "Why the recipient did not win (or was disqualified)") List<String> reasons){

    @Schema(name = "AssessmentDocument")
    public enum Document {
        ASSESSMENT_SUMMARY,
        AWARD_DECISION_LETTER
    }

    public record Party(UUID bidId, UUID supplierId, String supplierName, RankedBid.Outcome status, Integer rank) {
    }

    public record CriterionAssessment(
            String code,
            String title,
            @Schema(enumeration = {
                    "QUALITY", "PRICE", "PASS_FAIL" }) String kind,
            BigDecimal weight,
            Assessment recipient,
            Assessment winner){
    }

    @Schema(name = "CriterionScore", description = "points: the moderated score (QUALITY); marks: its weighted share (QUALITY, PRICE); "
            + "met: the declaration (PASS_FAIL)")
    public record Assessment(Integer points, BigDecimal marks, Boolean met, String reason) {
    }

    public record Subtotals(BigDecimal recipientQuality, BigDecimal recipientPrice, BigDecimal winnerQuality, BigDecimal winnerPrice) {
    }

    public record Totals(BigDecimal recipient, BigDecimal winner) {
    }
}
