package uk.collabproc.supplier.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import uk.collabproc.common.cache.Cached;
import uk.collabproc.common.cache.ReadCache;
import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.supplier.bid.Bid;
import uk.collabproc.supplier.evaluation.AssessmentSummary.Assessment;
import uk.collabproc.supplier.evaluation.AssessmentSummary.CriterionAssessment;
import uk.collabproc.supplier.evaluation.AssessmentSummary.Document;
import uk.collabproc.supplier.evaluation.AssessmentSummary.Party;
import uk.collabproc.supplier.procurement.ProcurementClient;
import uk.collabproc.supplier.procurement.PublishedTender;
import uk.collabproc.supplier.procurement.TenderGate;
import uk.collabproc.supplier.ranking.RankedBid;
import uk.collabproc.supplier.ranking.ScoringEngine;
import uk.collabproc.supplier.ranking.SensitivityAnalysis;

/** The read side of evaluation (matrix, ranking, sensitivity, assessment summaries) and the abnormally-low review. */
@ApplicationScoped
public class EvaluationService {

    @Inject
    EvaluationLoader loader;

    @Inject
    TenderGate tenders;

    @Inject
    ProcurementClient procurements;

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    ReadCache cache;

    /*
     * The reads below are computed again only after a change in this service. Their other input, the tender, is final
     * once its bids are opened (procurement-service changes a tender only by extending a deadline that has not passed),
     * and opening them (tenders.opened) also checks the caller's access, on every read.
     */

    /** Of a divided tender, the ranking of one lot's bids ({@code lot}); of one not divided, of every bid ({@code lot} null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cached<List<RankingEntry>> ranking(UUID procurementId, String lot) {
        PublishedTender tender = tenders.opened(procurementId);
        String chosen = EvaluationLoader.lotOf(tender, lot);
        return cache.read(key("ranking", procurementId, chosen),
                () -> loader.load(tender, chosen).ranking().stream().map(RankingEntry::of).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cached<EvaluationMatrix> matrix(UUID procurementId, String lot) {
        PublishedTender tender = tenders.opened(procurementId);
        String chosen = EvaluationLoader.lotOf(tender, lot);
        return cache.read(key("evaluation", procurementId, chosen), () -> matrix(loader.load(tender, chosen)));
    }

    /** A tender not divided keeps the key it had before lots, so that nothing cached changes meaning. */
    private static String key(String read, UUID procurementId, String lot) {
        return read + ":" + procurementId + (lot == null ? "" : ":lot:" + lot);
    }

    private static EvaluationMatrix matrix(Evaluation evaluation) {
        UUID procurementId = evaluation.tender().procurementId();
        PublishedTender tender = evaluation.tender();
        List<UUID> bidIds = evaluation.bids().stream().map(bid -> bid.id).toList();
        Map<UUID, List<Score>> scores = bidIds.isEmpty() ? Map.of()
                : Score.<Score> list("bidId in ?1 order by criterionCode, evaluatorId", bidIds).stream()
                        .collect(Collectors.groupingBy(score -> score.bidId));
        List<PublishedTender.Criterion> quality = tender.criteria().stream().filter(c -> c.kind() == PublishedTender.Kind.QUALITY).toList();
        List<EvaluationMatrix.Row> rows = new ArrayList<>();
        for (RankedBid result : evaluation.ranking()) {
            Bid bid = evaluation.bid(result.bidId()).orElseThrow();
            Map<String, ModeratedScore> moderated = evaluation.moderated().getOrDefault(bid.id, Map.of());
            List<Score> bidScores = scores.getOrDefault(bid.id, List.of());
            List<EvaluationMatrix.Cell> cells = quality.stream().map(criterion -> {
                List<ScoreView> individual = bidScores.stream().filter(s -> s.criterionCode.equals(criterion.code())).map(ScoreView::of)
                        .toList();
                ModeratedScore moderation = moderated.get(criterion.code());
                return new EvaluationMatrix.Cell(criterion.code(), individual, moderation == null ? null : ScoreView.of(moderation),
                        discrepancy(individual, tender.discrepancyPoints()));
            }).toList();
            AbnormallyLowReview review = evaluation.reviews().get(bid.id);
            rows.add(new EvaluationMatrix.Row(bid.id, bid.supplierId, result.supplierName(),
                    evaluation.suppliers().get(bid.supplierId).cnSpCompliant,
                    cells,
                    bid.declarations.stream().map(d -> new EvaluationMatrix.PassFail(d.criterionCode(), d.met(), d.evidence())).toList(),
                    Display.twoDecimals(result.evaluatedPrice()), result.abnormallyLow(), review == null ? null : ReviewView.of(review),
                    result.outcome(), result.reasons()));
        }
        return new EvaluationMatrix(procurementId, evaluation.lot(), tender.scaleMax(), tender.discrepancyPoints(), evaluation.complete(),
                rows);
    }

    /** Individual scores that differ by more than the tender's discrepancy points are flagged for discussion. */
    static boolean discrepancy(List<ScoreView> scores, int discrepancyPoints) {
        if (scores.isEmpty()) {
            return false;
        }
        int highest = scores.stream().mapToInt(ScoreView::score).max().orElseThrow();
        int lowest = scores.stream().mapToInt(ScoreView::score).min().orElseThrow();
        return highest - lowest > discrepancyPoints;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cached<SensitivityReport> sensitivity(UUID procurementId, String lot) {
        PublishedTender tender = tenders.opened(procurementId);
        String chosen = EvaluationLoader.lotOf(tender, lot);
        return cache.read(key("sensitivity", procurementId, chosen), () -> sensitivity(complete(loader.load(tender, chosen))));
    }

    private static SensitivityReport sensitivity(Evaluation evaluation) {
        UUID procurementId = evaluation.tender().procurementId();
        RankedBid winner = evaluation.winner()
                .orElseThrow(() -> Problems.conflict("No winner", "No bid qualified, so there is no winner to test"));
        List<SensitivityEntry> weights = SensitivityAnalysis.analyse(evaluation.rules(), evaluation.underEvaluation(), evaluation.ranking())
                .stream().map(SensitivityEntry::of).toList();
        return new SensitivityReport(procurementId, evaluation.lot(), winner.bidId(), winner.supplierName(), weights);
    }

    /**
     * Records the officer's review of a flagged bid. Only a bid the ranking flags (or one already reviewed) can be
     * reviewed; REJECTED disqualifies it and the flags are recomputed over the bids still qualified.
     */
    public ReviewView review(UUID procurementId, UUID bidId, ReviewRequest request) {
        // Read before the transaction: a slow procurement-service holds no database connection.
        PublishedTender tender = tenders.opened(procurementId);
        return QuarkusTransaction.requiringNew().call(() -> review(tender, bidId, request));
    }

    private ReviewView review(PublishedTender tender, UUID bidId, ReviewRequest request) {
        boolean flagged = flagged(tender, bidId);
        AbnormallyLowReview review = AbnormallyLowReview.findById(bidId);
        if (review != null) {
            review.revise(request, caller.subject(), clock.now());
        } else {
            review = AbnormallyLowReview.first(bidId, flagged, request, caller.subject(), clock.now());
            review.persist();
        }
        AbnormallyLowReview.getEntityManager().flush();
        return ReviewView.of(review);
    }

    /**
     * A bid's price is reviewed once, whatever lots it is for: it may be reviewed when it is flagged as abnormally low in the
     * tender not divided, or in any lot of a divided one it is for (a rejection disqualifies it where it is flagged). 404 for
     * no such active bid.
     */
    private boolean flagged(PublishedTender tender, UUID bidId) {
        if (!tender.divided()) {
            return loader.load(tender, null).resultOf(bidId).orElseThrow(() -> Problems.notFound("Bid " + bidId)).abnormallyLow();
        }
        Bid bid = Bid.active(tender.procurementId(), bidId).orElseThrow(() -> Problems.notFound("Bid " + bidId));
        return bid.lots.stream().anyMatch(lot -> tender.lot(lot).isPresent()
                && loader.load(tender, lot).resultOf(bidId).map(RankedBid::abnormallyLow).orElse(false));
    }

    /**
     * The officer reads any bid's summary once the evaluation is complete; a supplier reads its own once the award
     * decision is made (procurement-service says AWARDED or CONTRACTED), of a divided tender once the lot's award is made.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentSummary assessmentSummary(UUID procurementId, UUID bidId, String lot) {
        PublishedTender tender = tenders.opened(procurementId);
        String chosen = EvaluationLoader.lotOf(tender, lot);
        Evaluation evaluation = loader.load(tender, chosen);
        RankedBid recipient = evaluation.resultOf(bidId).orElseThrow(() -> notOnLot(tender, bidId, chosen));
        if (!caller.hasRole(Roles.OFFICER)) {
            boolean own = caller.supplier().map(id -> id.equals(recipient.supplierId().toString())).orElse(false);
            if (!own) {
                throw Problems.notFound("Bid " + bidId);
            }
            boolean awarded = procurements.procurement(procurementId).map(p -> chosen == null ? p.awarded() : p.awarded(chosen))
                    .orElse(false);
            if (!awarded) {
                throw Problems.conflict("Not yet awarded", chosen == null
                        ? "Assessment summaries are given to bidders once the award decision is made"
                        : "Assessment summaries of lot " + chosen + " are given to its bidders once the lot's award decision is made");
            }
        }
        complete(evaluation);
        RankedBid winner = evaluation.winner().orElse(null);
        return summary(evaluation, recipient, winner);
    }

    /**
     * A bid that is not among a lot's bids: 404 unless it is an active bid the caller may read for another lot, which is told
     * so (400 naming the lot), since the supplier knows which lots its bid is for.
     */
    private RuntimeException notOnLot(PublishedTender tender, UUID bidId, String lot) {
        if (lot == null) {
            return Problems.notFound("Bid " + bidId);
        }
        Optional<Bid> bid = Bid.active(tender.procurementId(), bidId)
                .filter(found -> caller.hasRole(Roles.OFFICER)
                        || caller.supplier().map(id -> id.equals(found.supplierId.toString())).orElse(false));
        if (bid.isEmpty()) {
            return Problems.notFound("Bid " + bidId);
        }
        return Problems.invalid("The bid is not for this lot", List.of(Violation.ofQuery("lot",
                "bid " + bidId + " is not for lot " + lot + "; it is for lot(s) " + String.join(", ", bid.get().lots))));
    }

    private static AssessmentSummary summary(Evaluation evaluation, RankedBid recipient, RankedBid winner) {
        PublishedTender tender = evaluation.tender();
        boolean pa2023 = tender.regime() == PublishedTender.Regime.PA_2023;
        List<CriterionAssessment> criteria = tender.criteria().stream()
                .map(criterion -> new CriterionAssessment(criterion.code(), criterion.title(), criterion.kind().name(),
                        evaluation.rules().weightOf(criterion.code()),
                        assessment(evaluation, criterion, recipient), winner == null ? null : assessment(evaluation, criterion, winner)))
                .toList();
        List<String> reasons = new ArrayList<>(recipient.reasons());
        if (winner != null && !winner.bidId().equals(recipient.bidId()) && recipient.outcome() == RankedBid.Outcome.QUALIFIED) {
            reasons.add("Ranked " + recipient.rank() + " with a total of " + Display.twoDecimals(recipient.totalScore())
                    + " against the winner's "
                    + Display.twoDecimals(winner.totalScore()));
        }
        return new AssessmentSummary(tender.procurementId(), evaluation.lot(), tender.regime().name(),
                pa2023 ? Document.ASSESSMENT_SUMMARY : Document.AWARD_DECISION_LETTER,
                party(recipient), winner == null ? null : party(winner), winner == null ? null : winner.supplierName(), criteria,
                pa2023 ? new AssessmentSummary.Subtotals(Display.twoDecimals(recipient.qualityScore()),
                        Display.twoDecimals(recipient.priceScore()),
                        winner == null ? null : Display.twoDecimals(winner.qualityScore()),
                        winner == null ? null : Display.twoDecimals(winner.priceScore()))
                        : null,
                new AssessmentSummary.Totals(Display.twoDecimals(recipient.totalScore()),
                        winner == null ? null : Display.twoDecimals(winner.totalScore())),
                reasons);
    }

    private static Party party(RankedBid result) {
        return new Party(result.bidId(), result.supplierId(), result.supplierName(), result.outcome(), result.rank());
    }

    private static Assessment assessment(Evaluation evaluation, PublishedTender.Criterion criterion, RankedBid result) {
        Bid bid = evaluation.bid(result.bidId()).orElseThrow();
        return switch (criterion.kind()) {
            case QUALITY -> {
                ModeratedScore moderated = evaluation.moderated().getOrDefault(bid.id, Map.of()).get(criterion.code());
                yield new Assessment(moderated.score, Display.twoDecimals(
                        ScoringEngine.qualityMarks(moderated.score, evaluation.tender().scaleMax(),
                                evaluation.rules().weightOf(criterion.code()))),
                        null,
                        moderated.rationale);
            }
            case PRICE -> new Assessment(null, Display.twoDecimals(result.priceScore()), null,
                    "Evaluated price £" + Display.twoDecimals(result.evaluatedPrice()).toPlainString() + " over "
                            + evaluation.tender().contractTermMonths() + " months, scored by " + evaluation.tender().priceFormula());
            default -> {
                Bid.Declaration declaration = bid.declarations.stream().filter(d -> d.criterionCode().equals(criterion.code())).findFirst()
                        .orElse(null);
                boolean met = declaration != null && declaration.met();
                yield new Assessment(null, null, met, declaration == null ? "No declaration" : declaration.evidence());
            }
        };
    }

    private static Evaluation complete(Evaluation evaluation) {
        if (!evaluation.complete()) {
            throw Problems.conflict("Evaluation incomplete",
                    "Some bids lack a moderated score on a QUALITY criterion; see the evaluation matrix");
        }
        return evaluation;
    }
}
