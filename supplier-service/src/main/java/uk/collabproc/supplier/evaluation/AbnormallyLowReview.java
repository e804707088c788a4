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
}
