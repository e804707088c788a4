package uk.collabproc.procurement.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.collabproc.common.problem.Problems;

/**
 * The outcome of one lot of a procurement whose tender is divided: opened at publication, then its award and its
 * contract as contract-service records them. The procurement is AWARDED once every lot is, CONTRACTED once every lot is.
 */
@Entity
@Table(name = "procurement_lot")
@Audited
public class ProcurementLot extends PanacheEntityBase {

    /** A lot's number as every request and answer carries it: lots are numbered 1, 2, 3 … */
    public static final String NUMBER = "[1-9][0-9]{0,2}";

    /** Numbered 1, 2, … 10: ordered as numbers, not as text. */
    static final Comparator<ProcurementLot> IN_ORDER = Comparator.comparingInt(lot -> Integer.parseInt(lot.number));

    /** Where a lot stands. */
    @Schema(name = "LotStatus")
    public enum Status {
        NOT_AWARDED,
        AWARDED,
        CONTRACTED,
        CANCELLED
    }

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    @Column(name = "number", nullable = false)
    public String number;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "award_decision_date")
    public LocalDate awardDecisionDate;

    @Column(name = "standstill_ends_at")
    public Instant standstillEndsAt;

    /** The winning supplier of the recorded award, whose systems hear of its standstill. */
    @Column(name = "award_supplier_id")
    public String awardSupplierId;

    /** Whether partner systems have been told that this lot's standstill ended. */
    @Column(name = "standstill_end_announced", nullable = false)
    public boolean standstillEndAnnounced;

    @Column(name = "contract_id")
    public UUID contractId;

    /** When the officer cancelled the lot (no bid qualified, or the need went away); absent otherwise. */
    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public static ProcurementLot open(UUID procurementId, String number, String title) {
        ProcurementLot lot = new ProcurementLot();
        lot.id = UUID.randomUUID();
        lot.procurementId = procurementId;
        lot.number = number;
        lot.title = title;
        return lot;
    }

    public Status status() {
        return cancelledAt != null ? Status.CANCELLED
                : contractId != null ? Status.CONTRACTED : awardId != null ? Status.AWARDED : Status.NOT_AWARDED;
    }

    /** The lots of a procurement in their order; none when its tender is not divided. */
    public static List<ProcurementLot> of(UUID procurementId) {
        return ProcurementLot.<ProcurementLot> list("procurementId", procurementId).stream().sorted(IN_ORDER).toList();
    }

    /**
     * The lot's award decision. A repeat of the recorded award changes nothing; an award of a lot already awarded
     * replaces it while no contract follows it (contract-service took the first back when it could not tell us of it).
     */
    /** A cancelled lot is not awarded, whatever the procurement's state. */
    void requireNotCancelled() {
        if (cancelledAt != null) {
            throw Problems.conflict("Lot cancelled", "Lot " + number + " was cancelled on " + cancelledAt + "; it is not awarded");
        }
    }

    void recordAward(AwardDecision decision) {
        if (contractId != null) {
            throw Problems.conflict("Already CONTRACTED", "Lot " + number + " is already contracted by another award");
        }
        awardId = decision.awardId();
        awardDecisionDate = decision.decisionDate();
        standstillEndsAt = decision.standstillEndsAt();
        awardSupplierId = decision.supplierId() == null ? null : decision.supplierId().toString();
        standstillEndAnnounced = false;
    }

    /** The officer cancels a lot that is not awarded; an awarded lot's outcome stands. */
    void cancel(String reason, Instant now) {
        if (status() != Status.NOT_AWARDED) {
            throw Problems.conflict("Cannot cancel the lot", "Lot " + number + " is " + status() + "; only a lot not awarded is cancelled");
        }
        cancelledAt = now;
        cancellationReason = reason;
    }

    void recordContract(ContractConclusion conclusion) {
        if (awardId == null) {
            throw Problems.conflict("Cannot record CONTRACTED", "Lot " + number + " is NOT_AWARDED; it must be AWARDED first");
        }
        if (contractId != null) {
            throw Problems.conflict("Already CONTRACTED", "Lot " + number + " is already contracted by another contract");
        }
        if (!conclusion.awardId().equals(awardId)) {
            throw Problems.conflict("Not the recorded award", "Lot " + number + " was awarded by award " + awardId + ", not "
                    + conclusion.awardId());
        }
        contractId = conclusion.contractId();
    }
}
