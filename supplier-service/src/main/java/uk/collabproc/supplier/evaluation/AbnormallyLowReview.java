package uk.collabproc.supplier.evaluation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.supplier.ranking.BidUnderEvaluation.Review;

/** The officer's recorded review of a bid flagged as abnormally low. */
@Entity
@Table(name = "abnormally_low_review")
@Audited
public class AbnormallyLowReview extends PanacheEntityBase {

    @Id
    @Column(name = "bid_id")
    public UUID bidId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    public Review outcome;

    @Column(name = "explanation", nullable = false)
    public String explanation;

    @Column(name = "reviewed_by", nullable = false)
    public String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** The first review of a bid: only a bid the ranking flags as abnormally low can be reviewed. */
    static AbnormallyLowReview first(UUID bidId, boolean flagged, ReviewRequest request, String reviewer, Instant now) {
        if (!flagged) {
            throw Problems.conflict("Not abnormally low", "Bid " + bidId + " is not flagged as abnormally low; there is nothing to review");
        }
        AbnormallyLowReview review = new AbnormallyLowReview();
        review.bidId = bidId;
        review.record(request, reviewer, now);
        return review;
    }

    /**
     * The officer reviews the bid again, whether or not it is still flagged (a rejection may have changed the flags);
     * refused for a stale version.
     */
    void revise(ReviewRequest request, String reviewer, Instant now) {
        Problems.requireCurrentVersion("The review", request.version(), version);
        record(request, reviewer, now);
    }

    /** ACCEPTED keeps the bid in the evaluation; REJECTED disqualifies it. */
    private void record(ReviewRequest request, String reviewer, Instant now) {
        outcome = request.outcome();
        explanation = request.explanation().strip();
        reviewedBy = reviewer;
        reviewedAt = now;
    }
}
