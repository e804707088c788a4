package uk.collabproc.supplier.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.supplier.bid.Bid;
import uk.collabproc.supplier.procurement.PublishedTender;
import uk.collabproc.supplier.ranking.BidUnderEvaluation;
import uk.collabproc.supplier.ranking.EvaluationRules;
import uk.collabproc.supplier.ranking.EvaluationRules.Criterion;
import uk.collabproc.supplier.ranking.EvaluationRules.Kind;
import uk.collabproc.supplier.ranking.ScoringEngine;
import uk.collabproc.supplier.supplier.Supplier;

/** Reads a procurement's opened bids with their moderated scores and reviews, in a few queries, and ranks them. */
@ApplicationScoped
class EvaluationLoader {

    /**
     * The evaluation of an opened tender, as a whole when it is not divided
     * ({@code lot} null), else of one of its lots (see {@link #lotOf}): the bids for that lot, priced over its lines, under
     * its weights. Must run inside a transaction (or SUPPORTS read).
     */
    Evaluation load(PublishedTender tender, String lot) {
        UUID procurementId = tender.procurementId();
        EvaluationRules rules = rulesOf(tender, lot);
        List<Bid> bids = lot == null ? Bid.activeIn(procurementId)
                : Bid.activeIn(procurementId).stream().filter(bid -> bid.isFor(lot)).toList();
        List<UUID> bidIds = bids.stream().map(bid -> bid.id).toList();
        List<UUID> supplierIds = bids.stream().map(bid -> bid.supplierId).distinct().toList();
        Map<UUID, Supplier> suppliers = Supplier.byId(supplierIds);
        Map<UUID, Map<String, ModeratedScore>> moderated = bidIds.isEmpty() ? Map.of()
                : ModeratedScore.<ModeratedScore> list("bidId in ?1", bidIds).stream().collect(Collectors.groupingBy(m -> m.bidId,
                        Collectors.toMap(m -> m.criterionCode, Function.identity())));
        Map<UUID, AbnormallyLowReview> reviews = bidIds.isEmpty() ? Map.of()
                : AbnormallyLowReview.<AbnormallyLowReview> list("bidId in ?1", bidIds).stream()
                        .collect(Collectors.toMap(r -> r.bidId, Function.identity()));
        List<BidUnderEvaluation> underEvaluation = bids.stream()
                .map(bid -> underEvaluation(bid, suppliers.get(bid.supplierId), moderated.getOrDefault(bid.id, Map.of()),
                        reviews.get(bid.id)))
                .toList();
        List<String> schedule = (lot == null ? tender.pricingSchedule() : tender.linesOf(lot)).stream()
                .map(PublishedTender.PricingLine::lineId).toList();
        return new Evaluation(tender, lot, rules, bids, suppliers, moderated, reviews, underEvaluation,
                ScoringEngine.rank(rules, schedule, underEvaluation));
    }

    /**
     * The lot a per-lot read is asked for, checked against the tender: a divided tender is evaluated lot by lot, so its
     * reads must name one of its lots; one that is not divided is evaluated whole and names none. 400 naming the query
     * parameter otherwise.
     */
    static String lotOf(PublishedTender tender, String lot) {
        if (!tender.divided()) {
            if (lot != null) {
                throw badLot("The tender is not divided into lots", "this tender is not divided into lots; leave lot out");
            }
            return null;
        }
        String lots = String.join(", ", tender.lotNumbers());
        if (lot == null) {
            throw badLot("The tender is divided into lots", "this tender is divided into lots and each is evaluated on its own; "
                    + "name one of them: " + lots);
        }
        if (tender.lot(lot).isEmpty()) {
            throw badLot("No such lot", "'" + lot + "' is not a lot of this tender; its lots are " + lots);
        }
        return lot;
    }

    private static RuntimeException badLot(String detail, String message) {
        return Problems.invalid(detail, List.of(Violation.ofQuery("lot", message)));
    }

    /**
     * The rules of the tender, or of one of its lots: a lot's weights, when it has its own, replace the criteria's. Weights
     * that do not name the tender's weighted criteria are procurement-service's error; evaluating under them would guess.
     */
    static EvaluationRules rulesOf(PublishedTender tender, String lot) {
        EvaluationRules rules = rulesOf(tender);
        Map<String, BigDecimal> weights = lot == null ? null : tender.lot(lot).map(PublishedTender.Lot::weights).orElse(null);
        if (weights == null) {
            return rules;
        }
        try {
            return rules.withWeights(weights);
        } catch (IllegalArgumentException e) {
            throw Problems.conflict("Tender not supported", "The weights of lot " + lot + " of procurement " + tender.procurementId()
                    + " do not name exactly its QUALITY and PRICE criteria; it cannot be evaluated until the tender is corrected");
        }
    }

    static EvaluationRules rulesOf(PublishedTender tender) {
        List<Criterion> criteria = tender.criteria().stream()
                .map(c -> new Criterion(c.code(), Kind.valueOf(c.kind().name()), c.weight(), c.minimumScore())).toList();
        // TenderGate refuses a tender with a value this service does not know, so every name here has its rule.
        return new EvaluationRules(criteria, tender.scaleMax(), EvaluationRules.PriceFormula.valueOf(tender.priceFormula().name()),
                tender.qualityThresholdPercent(), tender.abnormallyLowPercent(),
                tender.tieBreak().stream().map(rule -> EvaluationRules.TieBreak.valueOf(rule.name())).toList(),
                tender.contractTermMonths());
    }

    private static BidUnderEvaluation underEvaluation(Bid bid, Supplier supplier, Map<String, ModeratedScore> moderated,
            AbnormallyLowReview review) {
        return new BidUnderEvaluation(bid.id, bid.supplierId, supplier.name, supplier.cnSpCompliant,
                bid.prices.stream().map(p -> new BidUnderEvaluation.PriceLine(p.lineId(), p.oneOff(), p.annual())).toList(),
                moderated.values().stream().collect(Collectors.toMap(m -> m.criterionCode, m -> m.score)),
                bid.declarations.stream().collect(Collectors.toMap(Bid.Declaration::criterionCode, Bid.Declaration::met, (a, b) -> a && b)),
                review == null ? null : review.outcome);
    }
}
