package uk.collabproc.procurement.procurement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recorded extension of one of a procurement's deadlines: what it was, what it became, why and by whom. */
@Entity
@Table(name = "deadline_change")
@Audited
public class DeadlineChange extends PanacheEntityBase {

    public enum Deadline {
        REQUIREMENTS, CLARIFICATION, TENDER
    }

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline", nullable = false)
    public Deadline deadline;

    @Column(name = "previous_value", nullable = false)
    public Instant previous;

    @Column(name = "new_value", nullable = false)
    public Instant current;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;
}
