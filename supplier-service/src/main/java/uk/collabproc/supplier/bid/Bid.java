package uk.collabproc.supplier.bid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.supplier.procurement.PublishedTender;

/** A supplier's sealed response to a published tender. */
@Entity
@Table(name = "bid")
@Audited
public class Bid extends PanacheEntityBase {

    @Schema(name = "BidStatus")
    public enum Status {
        ACTIVE,
        WITHDRAWN
    }

    /** One priced line of the pricing schedule, GBP. */
    @Schema(name = "BidPrice")
    public record Price(String lineId, BigDecimal oneOff, BigDecimal annual) {
    }

    /** The answer to one QUALITY criterion. */
    @Schema(name = "BidAnswer")
    public record Answer(String criterionCode, String text) {
    }

    /** The declaration against one PASS_FAIL criterion. */
    @Schema(name = "BidDeclaration")
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

    /** The lots of a divided tender that the bid is for; empty when the tender is not divided. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lots", nullable = false)
    public List<String> lots;

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
     * The supplier's bid for the procurement, submitted at {@code now}. That it answers the tender ({@link #requireAnswers}),
     * that the tender still takes bids and that the supplier has no other active bid are checked before, each at the
     * point where the service can tell.
     */
    public static Bid submit(UUID procurementId, UUID supplierId, BidRequest request, Instant now) {
        Bid bid = new Bid();
        bid.id = UUID.randomUUID();
        bid.procurementId = procurementId;
        bid.supplierId = supplierId;
        bid.status = Status.ACTIVE;
        bid.fill(request, now);
        bid.submittedAt = now;
        return bid;
    }

    /** The supplier replaces its bid. Refused once withdrawn, for a stale {@code version}, and when it does not answer the tender. */
    public void replace(PublishedTender tender, BidRequest request, Instant now) {
        requireActive();
        Problems.requireCurrentVersion("The bid", request.version(), version);
        requireAnswers(tender, request);
        fill(request, now);
    }

    /** The supplier takes its bid back; refused once withdrawn. */
    public void withdraw(Instant now) {
        requireActive();
        status = Status.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** Whether the bid is for the lot; a bid on a tender not divided is for no lot. */
    public boolean isFor(String lot) {
        return lots.contains(lot);
    }

    /** Refused when the bid does not answer the tender, with every way in which it does not. */
    public static void requireAnswers(PublishedTender tender, BidRequest request) {
        List<Violation> violations = BidRules.check(tender, request);
        if (!violations.isEmpty()) {
            throw Problems.invalid("The bid does not answer the tender: " + violations.size() + " problem(s)", violations);
        }
    }

    private void requireActive() {
        if (!isActive()) {
            throw Problems.conflict("Bid withdrawn", "Bid " + id + " has been withdrawn; submit a new bid instead");
        }
    }

    private void fill(BidRequest request, Instant now) {
        lots = request.lots() == null ? List.of() : List.copyOf(request.lots());
        prices = request.prices().stream().map(p -> new Price(p.lineId(), p.oneOff(), p.annual())).toList();
        answers = request.answers().stream().map(a -> new Answer(a.criterionCode(), a.text())).toList();
        declarations = request.declarations().stream().map(d -> new Declaration(d.criterionCode(), d.met(), d.evidence())).toList();
        updatedAt = now;
    }

    /** The supplier's active bid for the procurement, if it has one. */
    static Optional<Bid> activeOf(UUID procurementId, UUID supplierId) {
        return find("procurementId = ?1 and supplierId = ?2 and status = ?3", procurementId, supplierId, Status.ACTIVE)
                .firstResultOptional();
    }

    /** The active bid {@code bidId} of the procurement, if it is one. */
    public static Optional<Bid> active(UUID procurementId, UUID bidId) {
        return Bid.<Bid> findByIdOptional(bidId).filter(bid -> bid.isActive() && bid.procurementId.equals(procurementId));
    }

    /**
     * The active bids, read-only: evaluation never changes them, and a managed copy would make Hibernate keep a
     * snapshot of every pricing schedule for dirty checking.
     */
    public static List<Bid> activeIn(UUID procurementId) {
        return Bid.<Bid> find("procurementId = ?1 and status = ?2 order by submittedAt, id", procurementId, Status.ACTIVE)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
