package uk.collabproc.supplier.evaluation;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.supplier.ranking.BidUnderEvaluation.Review;

@Schema(name = "AbnormallyLowReview")
public record ReviewView(UUID bidId, Review outcome, String explanation, String reviewedBy, Instant reviewedAt, long version) {

    static ReviewView of(AbnormallyLowReview review) {
        return new ReviewView(review.bidId, review.outcome, review.explanation, review.reviewedBy, review.reviewedAt, review.version);
    }
}
