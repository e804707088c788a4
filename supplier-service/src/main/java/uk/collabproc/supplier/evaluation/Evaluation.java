package uk.collabproc.supplier.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import uk.collabproc.supplier.bid.Bid;
import uk.collabproc.supplier.procurement.PublishedTender;
import uk.collabproc.supplier.ranking.BidUnderEvaluation;
import uk.collabproc.supplier.ranking.EvaluationRules;
import uk.collabproc.supplier.ranking.RankedBid;
import uk.collabproc.supplier.supplier.Supplier;

/**
 * Everything known about a procurement's evaluation at one moment, with the ranking it gives: of the whole tender, or
 * of one lot ({@code lot}) of a divided tender, with only the bids for that lot.
 */
record Evaluation(
        PublishedTender tender,
        String lot,
        EvaluationRules rules,
        List<Bid> bids,
        Map<UUID, Supplier> suppliers,
        Map<UUID, Map<String, ModeratedScore>> moderated,
        Map<UUID, AbnormallyLowReview> reviews,
        List<BidUnderEvaluation> underEvaluation,
        List<RankedBid> ranking) {

    /** Every bid has a moderated score on every QUALITY criterion. */
    boolean complete() {
        return ranking.stream().noneMatch(result -> result.outcome() == RankedBid.Outcome.NOT_EVALUABLE);
    }

    Optional<RankedBid> winner() {
        return ranking.stream().filter(result -> result.outcome() == RankedBid.Outcome.QUALIFIED).findFirst();
    }

    Optional<RankedBid> resultOf(UUID bidId) {
        return ranking.stream().filter(result -> result.bidId().equals(bidId)).findFirst();
    }

    Optional<Bid> bid(UUID bidId) {
        return bids.stream().filter(bid -> bid.id.equals(bidId)).findFirst();
    }
}
