package uk.collabproc.procurement.procurement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;

/** A recorded extension of one of a procurement's deadlines: what it was, what it became, why and by whom. */
@Entity
@Table(name = "deadline_change")
@Audited
public class DeadlineChange extends PanacheEntityBase {

    public enum Deadline {
        REQUIREMENTS,
        CLARIFICATION,
        TENDER
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

    /**
     * A deadline moves only later; the extension is kept with its previous and new value, reason, who and when.
     * Refused (400) when {@code current} is not after {@code previous}.
     */
    static DeadlineChange extension(UUID procurementId, Deadline deadline, Instant previous, Instant current, String reason,
            Instant changedAt, String changedBy) {
        if (!current.isAfter(previous)) {
            throw Problems.invalid("A deadline can only be extended",
                    List.of(Violation.ofBody("deadline", "must be later than the current deadline " + previous)));
        }
        DeadlineChange change = new DeadlineChange();
        change.id = UUID.randomUUID();
        change.procurementId = procurementId;
        change.deadline = deadline;
        change.previous = previous;
        change.current = current;
        change.reason = reason.strip();
        change.changedAt = changedAt;
        change.changedBy = changedBy;
        return change;
    }
}
