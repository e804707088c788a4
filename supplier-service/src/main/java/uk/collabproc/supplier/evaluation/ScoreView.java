package uk.collabproc.supplier.evaluation;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Score", description = "An evaluator's score, or (evaluatorId absent) the moderated score")
public record ScoreView(UUID bidId, String criterionCode, String evaluatorId, int score, String rationale, Instant at, long version) {

    static ScoreView of(Score score) {
        return new ScoreView(score.bidId, score.criterionCode, score.evaluatorId, score.score, score.rationale, score.scoredAt,
                score.version);
    }

    static ScoreView of(ModeratedScore score) {
        return new ScoreView(score.bidId, score.criterionCode, null, score.score, score.rationale, score.moderatedAt, score.version);
    }
}
