package uk.collabproc.supplier.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.collabproc.testsupport.Refusals.assertInvalid;
import static uk.collabproc.testsupport.Refusals.assertRefused;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.supplier.ranking.BidUnderEvaluation.Review;

/** The officer's review of an abnormally low bid: first reviewed only when flagged, reviewed again at any time. */
class AbnormallyLowReviewTest {

    private static final UUID BID = UUID.randomUUID();
    private static final Instant REVIEWED = Instant.parse("2017-11-10T09:00:00Z");
    private static final Instant REVIEWED_AGAIN = Instant.parse("2017-11-13T09:00:00Z");

    private static AbnormallyLowReview accepted() {
        AbnormallyLowReview review = AbnormallyLowReview.first(BID, true,
                new ReviewRequest(null, Review.ACCEPTED, "  Wholesale pricing evidenced  "), "officer-rk9", REVIEWED);
        review.version = 0;
        return review;
    }

    private static void assertReviewed(AbnormallyLowReview review, Review outcome, String explanation, String by, Instant at) {
        assertEquals(outcome, review.outcome);
        assertEquals(explanation, review.explanation);
        assertEquals(by, review.reviewedBy);
        assertEquals(at, review.reviewedAt);
    }

    @Test
    void aFlaggedBidIsReviewedWithTheOfficersExplanation() {
        AbnormallyLowReview review = accepted();

        assertEquals(BID, review.bidId);
        assertReviewed(review, Review.ACCEPTED, "Wholesale pricing evidenced", "officer-rk9", REVIEWED);
    }

    @Test
    void aBidNotFlaggedAsAbnormallyLowIsNotReviewed() {
        assertRefused(409, "Not abnormally low", "Bid " + BID + " is not flagged as abnormally low; there is nothing to review",
                () -> AbnormallyLowReview.first(BID, false, new ReviewRequest(null, Review.REJECTED, "Too cheap"), "officer-rk9",
                        REVIEWED));
    }

    @Test
    void aReviewedBidIsRejectedOnSecondThoughts() {
        AbnormallyLowReview review = accepted();

        review.revise(new ReviewRequest(0L, Review.REJECTED, "Evidence withdrawn"), "officer-rh8", REVIEWED_AGAIN);

        assertReviewed(review, Review.REJECTED, "Evidence withdrawn", "officer-rh8", REVIEWED_AGAIN);
    }

    @Test
    void reviewingAgainIsRefusedForAStaleVersion() {
        AbnormallyLowReview review = accepted();

        assertRefused(409, "Stale version", "The review has changed since it was read; its current version is 0",
                () -> review.revise(new ReviewRequest(2L, Review.REJECTED, "Evidence withdrawn"), "officer-rh8", REVIEWED_AGAIN));
        assertEquals(Review.ACCEPTED, review.outcome);
    }

    @Test
    void reviewingAgainIsRefusedWithoutTheVersionItReplaces() {
        AbnormallyLowReview review = accepted();

        assertInvalid("The change must say which version it is based on", List.of(Violation.ofBody("version", "must not be null")),
                () -> review.revise(new ReviewRequest(null, Review.REJECTED, "Evidence withdrawn"), "officer-rh8", REVIEWED_AGAIN));
    }
}
