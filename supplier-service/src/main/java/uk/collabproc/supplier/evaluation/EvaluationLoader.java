package uk.collabproc.supplier.evaluation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.collabproc.supplier.bid.Bid;
import uk.collabproc.supplier.procurement.PublishedTender;
import uk.collabproc.supplier.procurement.TenderGate;
import uk.collabproc.supplier.ranking.BidUnderEvaluation;
import uk.collabproc.supplier.ranking.EvaluationRules;
import uk.collabproc.supplier.ranking.EvaluationRules.Criterion;
import uk.collabproc.supplier.ranking.EvaluationRules.Kind;
import uk.collabproc.supplier.ranking.ScoringEngine;
import uk.collabproc.supplier.supplier.Supplier;

/** Reads a procurement's opened bids with their moderated scores and reviews, in a few queries, and ranks them. */
@ApplicationScoped
class EvaluationLoader {

    @Inject
    TenderGate tenders;

    /** Must run inside a transaction (or SUPPORTS read); 409 while the bids are sealed. */
    Evaluation load(UUID procurementId) {
        return load(tenders.opened(procurementId));
    }

    /** The same for a tender read earlier (writes read it before their transaction). */
    Evaluation load(PublishedTender tender) {
        UUID procurementId = tender.procurementId();
        EvaluationRules rules = rulesOf(tender);
        List<Bid> bids = Bid.activeIn(procurementId);
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
        List<String> schedule = tender.pricingSchedule().stream().map(PublishedTender.PricingLine::lineId).toList();
        return new Evaluation(tender, rules, bids, suppliers, moderated, reviews, underEvaluation,
                ScoringEngine.rank(rules, schedule, underEvaluation));
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
