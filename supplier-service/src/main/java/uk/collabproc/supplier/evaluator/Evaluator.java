package uk.collabproc.supplier.evaluator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person the officer assigned to score a procurement's bids, with their declaration of conflicts. */
@Entity
@Table(name = "evaluator")
@Audited
public class Evaluator extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    /** The subject of the evaluator's token. */
    @Column(name = "evaluator_id", nullable = false)
    public String evaluatorId;

    @Column(name = "name", nullable = false)
    public String name;

    /** Null until the evaluator has declared; an empty list is a declaration of no conflicts. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "conflicted_supplier_ids")
    public List<UUID> conflictedSupplierIds;

    @Column(name = "statement")
    public String statement;

    @Column(name = "declared_at")
    public Instant declaredAt;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public boolean hasDeclared() {
        return declaredAt != null;
    }

    public boolean conflictedWith(UUID supplierId) {
        return conflictedSupplierIds != null && conflictedSupplierIds.contains(supplierId);
    }

    public static java.util.Optional<Evaluator> of(UUID procurementId, String evaluatorId) {
        return find("procurementId = ?1 and evaluatorId = ?2", procurementId, evaluatorId).firstResultOptional();
    }

    /** The evaluator with its row locked in {@code mode} until the transaction ends. */
    public static java.util.Optional<Evaluator> of(UUID procurementId, String evaluatorId, jakarta.persistence.LockModeType mode) {
        return find("procurementId = ?1 and evaluatorId = ?2", procurementId, evaluatorId).withLock(mode).firstResultOptional();
    }
}
