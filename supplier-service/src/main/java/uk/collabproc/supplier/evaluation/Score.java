package uk.collabproc.supplier.evaluation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One evaluator's independent score of one bid against one QUALITY criterion. */
@Entity
@Table(name = "score")
@Audited
public class Score extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "bid_id", nullable = false)
    public UUID bidId;

    @Column(name = "criterion_code", nullable = false)
    public String criterionCode;

    @Column(name = "evaluator_id", nullable = false)
    public String evaluatorId;

    @Column(name = "score", nullable = false)
    public int score;

    @Column(name = "rationale", nullable = false)
    public String rationale;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
