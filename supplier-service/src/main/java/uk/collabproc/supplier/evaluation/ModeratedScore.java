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

/** The officer's moderated score of one bid against one QUALITY criterion: the only score that counts. */
@Entity
@Table(name = "moderated_score")
@Audited
public class ModeratedScore extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "bid_id", nullable = false)
    public UUID bidId;

    @Column(name = "criterion_code", nullable = false)
    public String criterionCode;

    @Column(name = "score", nullable = false)
    public int score;

    @Column(name = "rationale", nullable = false)
    public String rationale;

    @Column(name = "moderated_by", nullable = false)
    public String moderatedBy;

    @Column(name = "moderated_at", nullable = false)
    public Instant moderatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
