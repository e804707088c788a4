package uk.collabproc.supplier.evaluation;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.persistence.Counts;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.security.Caller;
import uk.collabproc.supplier.bid.Bid;
import uk.collabproc.supplier.evaluator.ConflictsDeclared;
import uk.collabproc.supplier.evaluator.Evaluator;
import uk.collabproc.supplier.evaluator.EvaluatorService;
import uk.collabproc.supplier.procurement.PublishedTender;
import uk.collabproc.supplier.procurement.TenderGate;

/**
 * Individual scores and moderated scores. Both lock the bid's row (scores shared, moderations exclusively), so that a
 * moderation and a score given at the same moment are ordered: once a bid has a moderated score, its individual
 * scores are locked.
 */
@ApplicationScoped
public class ScoringService {

    @Inject
    TenderGate tenders;

    @Inject
    EvaluatorService evaluators;

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    MeterRegistry metrics;

    /** The tender is read before the transaction, so that a slow procurement-service holds no connection or lock. */
    public ScoreView score(UUID procurementId, UUID bidId, String criterionCode, ScoreRequest request) {
        PublishedTender tender = tenders.opened(procurementId);
        ScoreView score = QuarkusTransaction.requiringNew().call(() -> score(tender, procurementId, bidId, criterionCode, request));
        recorded("individual", 1);
        return score;
    }

    private ScoreView score(PublishedTender tender, UUID procurementId, UUID bidId, String criterionCode, ScoreRequest request) {
        Evaluator evaluator = scorerOf(procurementId, bidId);
        requireQualityCriterion(tender, criterionCode);
        requireOnScale(tender, request.score());
        requireNotModerated(bidId);
        // A first score (no version) is inserted without looking for an earlier one: the unique key finds that.
        Score score = request.version() == null ? null
                : Score.<Score> find("bidId = ?1 and criterionCode = ?2 and evaluatorId = ?3", bidId, criterionCode, evaluator.evaluatorId)
                        .firstResult();
        if (score != null) {
            Problems.requireCurrentVersion("The score", request.version(), score.version);
        } else {
            score = newScore(bidId, criterionCode, evaluator);
        }
        set(score, request.score(), request.rationale());
        if (score.isPersistent()) {
            Score.getEntityManager().flush();
        } else {
            UniqueKeys.persistUnique(score, () -> alreadyScored(procurementId, bidId, criterionCode));
        }
        return ScoreView.of(score);
    }

    /**
     * The calling evaluator's score sheet for one bid: every line is checked as a single score is, and all are stored
     * in one transaction or none is. The bid's lock, the evaluator's declaration and the moderation are checked once
     * for the sheet, and the evaluator's earlier scores of the bid are read with one statement.
     */
    public List<ScoreView> scoreSheet(UUID procurementId, UUID bidId, ScoreSheet sheet) {
        PublishedTender tender = tenders.opened(procurementId);
        List<ScoreView> scores = QuarkusTransaction.requiringNew().call(() -> scoreSheet(tender, procurementId, bidId, sheet));
        recorded("individual", scores.size());
        return scores;
    }

    private List<ScoreView> scoreSheet(PublishedTender tender, UUID procurementId, UUID bidId, ScoreSheet sheet) {
        Evaluator evaluator = scorerOf(procurementId, bidId);
        requireGoodLines(tender, sheet.scores());
        requireNotModerated(bidId);
        Map<String, Score> earlier = new HashMap<>();
        Score.<Score> list("bidId = ?1 and evaluatorId = ?2", bidId, evaluator.evaluatorId)
                .forEach(score -> earlier.put(score.criterionCode, score));
        List<Score> added = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        for (ScoreSheet.Line line : sheet.scores()) {
            Score score = earlier.get(line.criterionCode());
            if (score != null) {
                if (line.version() == null) {
                    throw alreadyScored(procurementId, bidId, line.criterionCode());
                }
                Problems.requireCurrentVersion("Your score on " + line.criterionCode(), line.version(), score.version);
            } else {
                score = newScore(bidId, line.criterionCode(), evaluator);
                added.add(score);
            }
            set(score, line.score(), line.rationale());
            scores.add(score);
        }
        // A score of the sheet given at the same moment by another request of the same evaluator.
        UniqueKeys.persistAllUnique(added, () -> Problems.conflict("Scored meanwhile",
                "Another request stored a score of this sheet while it was being stored; nothing of the sheet was stored. Read the "
                        + "evaluation and send the sheet again with the versions"));
        return scores.stream().map(ScoreView::of).toList();
    }

    /** Every line on a QUALITY criterion of the tender, on its scale, and each criterion once: all problems at once. */
    private static void requireGoodLines(PublishedTender tender, List<ScoreSheet.Line> lines) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ScoreSheet.Line line = lines.get(i);
            String field = "scores[" + i + "].";
            if (!isQualityCriterion(tender, line.criterionCode())) {
                violations.add(Violation.ofBody(field + "criterionCode",
                        "'" + line.criterionCode() + "' is not a QUALITY criterion of this tender"));
            } else if (!seen.add(line.criterionCode())) {
                violations.add(Violation.ofBody(field + "criterionCode", "'" + line.criterionCode() + "' is scored more than once"));
            }
            if (line.score() > tender.scaleMax()) {
                violations.add(Violation.ofBody(field + "score", onScale(tender)));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid("The score sheet has " + violations.size() + " problem(s); no score of it was stored", violations);
        }
    }

    public ScoreView moderate(UUID procurementId, UUID bidId, String criterionCode, ScoreRequest request) {
        PublishedTender tender = tenders.opened(procurementId);
        ScoreView moderated = QuarkusTransaction.requiringNew().call(() -> moderate(tender, procurementId, bidId, criterionCode, request));
        recorded("moderated", 1);
        return moderated;
    }

    /** Counted once committed (each line of a score sheet is a score), so that refused scores are not. */
    private void recorded(String kind, int scores) {
        Counter.builder("collab.scores.recorded").description("Scores stored, new or changed: individual or moderated")
                .tag("kind", kind).register(metrics).increment(scores);
    }

    private ScoreView moderate(PublishedTender tender, UUID procurementId, UUID bidId, String criterionCode, ScoreRequest request) {
        lockedActiveBid(procurementId, bidId, "update");
        requireQualityCriterion(tender, criterionCode);
        requireOnScale(tender, request.score());
        ModeratedScore moderated = ModeratedScore.<ModeratedScore> find("bidId = ?1 and criterionCode = ?2", bidId, criterionCode)
                .firstResult();
        if (moderated != null) {
            if (request.version() == null) {
                throw Problems.alreadyExists("The moderated score of this bid on " + criterionCode,
                        location(procurementId, bidId, "moderated-scores", criterionCode));
            }
            Problems.requireCurrentVersion("The moderated score", request.version(), moderated.version);
        } else {
            moderated = new ModeratedScore();
            moderated.id = UUID.randomUUID();
            moderated.bidId = bidId;
            moderated.criterionCode = criterionCode;
        }
        moderated.score = request.score();
        moderated.rationale = request.rationale().strip();
        moderated.moderatedBy = caller.subject();
        moderated.moderatedAt = clock.now();
        if (!moderated.isPersistent()) {
            // The bid row is locked, so no second moderation of this bid can be racing this one.
            moderated.persist();
        }
        ModeratedScore.getEntityManager().flush();
        return ScoreView.of(moderated);
    }

    /** A newly declared conflict withdraws what the evaluator had scored of that supplier's bids, unless already moderated. */
    void withdrawConflictedScores(@Observes ConflictsDeclared declared) {
        if (declared.conflictedSupplierIds().isEmpty()) {
            return;
        }
        List<UUID> bids = Bid.getEntityManager()
                .createQuery("select b.id from Bid b where b.procurementId = ?1 and b.supplierId in ?2", UUID.class)
                .setParameter(1, declared.procurementId()).setParameter(2, declared.conflictedSupplierIds()).getResultList();
        if (bids.isEmpty()) {
            return;
        }
        List<Score> scores = Score.list("evaluatorId = ?1 and bidId in ?2", declared.evaluatorId(), bids);
        List<UUID> scoredBids = scores.stream().map(score -> score.bidId).distinct().toList();
        if (!scoredBids.isEmpty() && Counts.any(ModeratedScore.class, "bidId in ?1", scoredBids)) {
            throw Problems.conflict("Scores locked", "You have scored a bid of a supplier you now declare a conflict with, and that bid "
                    + "has been moderated; ask the officer to review the moderation");
        }
        scores.forEach(Score::delete);
    }

    static URI location(UUID procurementId, UUID bidId, String kind, String criterionCode) {
        return Locations.of("/api/v1/procurements/{pid}/bids/{bidId}/{kind}/{criterionCode}", procurementId, bidId, kind, criterionCode);
    }

    /**
     * Locks the bid's row and answers its supplier. Only the columns needed are read: loading the entity would
     * parse its whole pricing schedule (thousands of lines) for every score. Individual scores take a shared lock,
     * so that five evaluators scoring one bid do not queue behind one another; a moderation takes the exclusive one,
     * so it waits for the scores in flight, and a score that comes after it waits for it and then finds it (the
     * moderation check is a statement of its own after the lock, whose snapshot includes what the lock waited for).
     */
    private static UUID lockedActiveBid(UUID procurementId, UUID bidId, String lockMode) {
        List<?> rows = Bid.getEntityManager()
                .createNativeQuery(
                        "select cast(supplier_id as varchar) from bid where id = ?1 and procurement_id = ?2 and status = 'ACTIVE' for "
                                + lockMode)
                .setParameter(1, bidId).setParameter(2, procurementId).getResultList();
        if (rows.isEmpty()) {
            throw Problems.notFound("Bid " + bidId);
        }
        return UUID.fromString((String) rows.get(0));
    }

    /**
     * The calling evaluator, once declared, with the bid's row locked for scoring; a bid of a supplier the evaluator
     * declared a conflict with does not exist for it.
     */
    private Evaluator scorerOf(UUID procurementId, UUID bidId) {
        Evaluator evaluator = evaluators.declaredCallerForScoring(procurementId);
        if (evaluator.conflictedWith(lockedActiveBid(procurementId, bidId, "share"))) {
            throw Problems.notFound("Bid " + bidId);
        }
        return evaluator;
    }

    /** Read after the bid's row is locked, by a statement of its own, so that it sees a moderation the lock waited for. */
    private static void requireNotModerated(UUID bidId) {
        if (Counts.any(ModeratedScore.class, "bidId = ?1", bidId)) {
            throw Problems.conflict("Scores locked", "Bid " + bidId + " has been moderated; its individual scores can no longer change");
        }
    }

    private static Score newScore(UUID bidId, String criterionCode, Evaluator evaluator) {
        Score score = new Score();
        score.id = UUID.randomUUID();
        score.bidId = bidId;
        score.criterionCode = criterionCode;
        score.evaluatorId = evaluator.evaluatorId;
        return score;
    }

    private void set(Score score, int points, String rationale) {
        score.score = points;
        score.rationale = rationale.strip();
        score.scoredAt = clock.now();
    }

    private static RuntimeException alreadyScored(UUID procurementId, UUID bidId, String criterionCode) {
        return Problems.alreadyExists("Your score of this bid on " + criterionCode,
                location(procurementId, bidId, "scores", criterionCode));
    }

    private static boolean isQualityCriterion(PublishedTender tender, String criterionCode) {
        return tender.criteria().stream().anyMatch(c -> c.code().equals(criterionCode) && c.kind() == PublishedTender.Kind.QUALITY);
    }

    private static void requireQualityCriterion(PublishedTender tender, String criterionCode) {
        if (!isQualityCriterion(tender, criterionCode)) {
            throw Problems.notFound("QUALITY criterion " + criterionCode + " of this tender");
        }
    }

    private static void requireOnScale(PublishedTender tender, int score) {
        if (score > tender.scaleMax()) {
            throw Problems.invalid("The score is off the tender's scale",
                    List.of(Violation.ofBody("score", onScale(tender))));
        }
    }

    private static String onScale(PublishedTender tender) {
        return "must be a whole number from 0 to " + tender.scaleMax();
    }
}
