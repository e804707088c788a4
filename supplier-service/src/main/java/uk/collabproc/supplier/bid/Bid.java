package uk.collabproc.supplier.bid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A supplier's sealed response to a published tender. */
@Entity
@Table(name = "bid")
@Audited
public class Bid extends PanacheEntityBase {

    public enum Status {
        ACTIVE, WITHDRAWN
    }

    /** One priced line of the pricing schedule, GBP. */
    public record Price(String lineId, BigDecimal oneOff, BigDecimal annual) {
    }

    /** The answer to one QUALITY criterion. */
    public record Answer(String criterionCode, String text) {
    }

    /** The declaration against one PASS_FAIL criterion. */
    public record Declaration(String criterionCode, boolean met, String evidence) {
    }

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "prices", nullable = false)
    public List<Price> prices;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answers", nullable = false)
    public List<Answer> answers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "declarations", nullable = false)
    public List<Declaration> declarations;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /**
     * The active bids, read-only: evaluation never changes them, and a managed copy would make Hibernate keep a
     * snapshot of every pricing schedule for dirty checking.
     */
    public static List<Bid> activeIn(UUID procurementId) {
        return Bid.<Bid>find("procurementId = ?1 and status = ?2 order by submittedAt, id", procurementId, Status.ACTIVE)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
