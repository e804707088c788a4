package uk.collabproc.procurement.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import uk.collabproc.common.problem.Violation;

/** One collaborative procurement: the members pool requirements, one competition, one contract. */
@Entity
@Table(name = "procurement")
@Audited
public class Procurement extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "reference", nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "regime", nullable = false)
    public Regime regime;

    @Column(name = "lead_organisation", nullable = false)
    public String leadOrganisation;

    @Column(name = "requirements_deadline", nullable = false)
    public Instant requirementsDeadline;

    @Column(name = "contract_term_months", nullable = false)
    public int contractTermMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ProcurementStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Copied from the tender when it is published or its deadline extended, so the status can follow it. */
    @Column(name = "tender_deadline")
    public Instant tenderDeadline;

    /** The award that contract-service recorded (status AWARDED from then on); absent before. */
    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "award_decision_date")
    public LocalDate awardDecisionDate;

    @Column(name = "standstill_ends_at")
    public Instant standstillEndsAt;

    /** The winning supplier of the recorded award, whose systems hear of its standstill. */
    @Column(name = "award_supplier_id")
    public String awardSupplierId;

    /** Whether partner systems have been told that the standstill ended: once, whenever the clock passes its end. */
    @Column(name = "standstill_end_announced", nullable = false)
    public boolean standstillEndAnnounced;

    /** The contract that contract-service concluded (status CONTRACTED from then on); absent before. */
    @Column(name = "contract_id")
    public UUID contractId;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** The lead partner starts the procurement: requirements gathering begins. */
    public static Procurement start(NewProcurement request, Instant now) {
        Procurement procurement = new Procurement();
        procurement.id = UUID.randomUUID();
        procurement.title = request.title().strip();
        procurement.reference = request.reference();
        procurement.regime = request.regime();
        procurement.leadOrganisation = request.leadOrganisation();
        procurement.requirementsDeadline = request.requirementsDeadline();
        procurement.contractTermMonths = request.contractTermMonths();
        procurement.status = ProcurementStatus.REQUIREMENTS_GATHERING;
        procurement.createdAt = now;
        return procurement;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /**
     * The status as of {@code now}: an open tender whose deadline has passed is under evaluation. Every rule of the
     * lifecycle asks this, never the stored {@link #status}, which does not know that the tender deadline passed.
     */
    public ProcurementStatus statusAt(Instant now) {
        if (status == ProcurementStatus.TENDER_OPEN && tenderDeadline != null && !now.isBefore(tenderDeadline)) {
            return ProcurementStatus.EVALUATION;
        }
        return status;
    }

    public boolean isGatheringRequirements(Instant now) {
        return statusAt(now) == ProcurementStatus.REQUIREMENTS_GATHERING;
    }

    /** The organisation joins; members join only while requirements are gathered. */
    public ProcurementMember addMember(String odsCode, Instant now) {
        requireMembershipOpen("join", now);
        ProcurementMember member = new ProcurementMember();
        member.procurementId = id;
        member.odsCode = odsCode;
        member.joinedAt = now;
        return member;
    }

    /**
     * Whether {@code member} may leave: not the lead partner, not a co-lead, only while requirements are gathered, and
     * not while it has requirements (submitted ones keep it a member; drafts it deletes first).
     */
    public void requireRemovable(ProcurementMember member, boolean hasRequirements, Instant now) {
        if (member.odsCode.equals(leadOrganisation)) {
            throw Problems.conflict("The lead partner stays", "The lead partner cannot leave its own procurement");
        }
        requireMembershipOpen("leave", now);
        if (member.coLead) {
            throw Problems.conflict("The member is co-lead", "Stop " + member.odsCode + " being co-lead before it leaves");
        }
        if (hasRequirements) {
            throw Problems.conflict("The member has requirements",
                    "Delete the organisation's draft requirements first; submitted ones keep it a member");
        }
    }

    /**
     * Names {@code member} co-lead or stops it being one; answers whether that changed anything. Co-leads change only
     * before publication: the organisations that run the competition are fixed when the tender is published.
     */
    public boolean setCoLead(ProcurementMember member, boolean coLead, Instant now) {
        if (member.coLead == coLead) {
            return false;
        }
        if (isPublished()) {
            throw Problems.conflict("The tender is published", "Co-leads are named before publication; the procurement is "
                    + statusAt(now));
        }
        if (member.odsCode.equals(leadOrganisation)) {
            throw Problems.conflict("The lead partner leads", "The lead partner runs its procurement already");
        }
        member.coLead = coLead;
        return true;
    }

    /**
     * Members may submit requirements until the deadline; the officer may move it later, with a reason, while
     * requirements are gathered. Answers the change to record.
     */
    public DeadlineChange extendRequirementsDeadline(Instant deadline, String reason, Instant now, String changedBy) {
        if (!isGatheringRequirements(now)) {
            throw Problems.conflict("Requirements gathering is over",
                    "The requirements deadline can only move while requirements are gathered; the procurement is " + statusAt(now));
        }
        DeadlineChange change = DeadlineChange.extension(id, DeadlineChange.Deadline.REQUIREMENTS, requirementsDeadline, deadline,
                reason, now, changedBy);
        requirementsDeadline = deadline;
        return change;
    }

    /** Requirements change, by members or the officer, only until the tender is published (or cancelled). */
    public void requireGatheringRequirements(Instant now) {
        if (!isGatheringRequirements(now)) {
            throw Problems.conflict("Requirements gathering is over", "The procurement is " + statusAt(now));
        }
    }

    /** Members record and submit requirements while they are gathered, and only until the deadline. */
    public void requireOpenForMembers(Instant now) {
        requireGatheringRequirements(now);
        if (!now.isBefore(requirementsDeadline)) {
            throw Problems.conflict("The requirements deadline has passed",
                    "Requirements were due by " + requirementsDeadline + "; ask the officer to extend the deadline");
        }
    }

    /** The tender is defined and changed before publication; after it, only its deadline moves. */
    public void requireTenderChangeable(Instant now) {
        if (!isGatheringRequirements(now)) {
            throw Problems.conflict("The tender is fixed", "The procurement is " + statusAt(now)
                    + "; a published tender changes only by a recorded deadline extension");
        }
    }

    /** A tender is published once, from requirements gathering. */
    public void requirePublishable(Instant now) {
        if (!isGatheringRequirements(now)) {
            throw Problems.conflict("Cannot publish", "The procurement is " + statusAt(now));
        }
    }

    /** Opens the competition: tenders are due by {@code tenderDeadline}. */
    public void publish(Instant tenderDeadline, Instant now) {
        requirePublishable(now);
        status = ProcurementStatus.TENDER_OPEN;
        publishedAt = now;
        this.tenderDeadline = tenderDeadline;
    }

    /** A published tender's deadline is extended while the tender is open, that is before the deadline passes. */
    public void requireTenderDeadlineExtensible(Instant now) {
        if (statusAt(now) != ProcurementStatus.TENDER_OPEN) {
            throw Problems.conflict("The tender is not open", "The procurement is " + statusAt(now)
                    + "; a tender deadline is extended while the tender is open");
        }
    }

    /** Moves the tender deadline later, for a reason; answers the change to record. */
    public DeadlineChange extendTenderDeadline(Instant deadline, String reason, Instant now, String changedBy) {
        requireTenderDeadlineExtensible(now);
        DeadlineChange change = DeadlineChange.extension(id, DeadlineChange.Deadline.TENDER, tenderDeadline, deadline, reason, now,
                changedBy);
        tenderDeadline = deadline;
        return change;
    }

    /** Suppliers ask questions while the tender is open. */
    public void requireOpenForQuestions(Instant now) {
        if (statusAt(now) != ProcurementStatus.TENDER_OPEN) {
            throw Problems.conflict("The tender is not open", "Questions are asked while the tender is open; the procurement is "
                    + statusAt(now));
        }
    }

    /** Any procurement that is neither contracted nor cancelled already may be cancelled. */
    public void cancel(Instant now) {
        ProcurementStatus current = statusAt(now);
        if (current == ProcurementStatus.CONTRACTED || current == ProcurementStatus.CANCELLED) {
            throw Problems.conflict("Cannot cancel", "The procurement is already " + current);
        }
        status = ProcurementStatus.CANCELLED;
    }

    /**
     * The award decision, as contract-service records it once the award is stored: the status becomes AWARDED together
     * with the award's reference, decision date and end of standstill. Repeating it for the same award changes nothing
     * (a retried call is harmless).
     */
    public void recordAwardDecision(AwardDecision decision, Instant now) {
        if (decision.awardId().equals(awardId)) {
            return;
        }
        // contract-service keeps one award per procurement and takes an award back when it could not tell us of it; if
        // our answer was lost on the way, the next award it tells us of replaces the one it took back.
        if (statusAt(now) != ProcurementStatus.AWARDED) {
            requireOutcomeFollows(ProcurementStatus.AWARDED, ProcurementStatus.EVALUATION, now);
        }
        status = ProcurementStatus.AWARDED;
        awardId = decision.awardId();
        awardDecisionDate = decision.decisionDate();
        standstillEndsAt = decision.standstillEndsAt();
        awardSupplierId = decision.supplierId() == null ? null : decision.supplierId().toString();
        standstillEndAnnounced = false;
    }

    /**
     * The award decision of one lot when the tender is divided ({@code lots} not empty): a lot is awarded while the
     * procurement is in evaluation, and the procurement is AWARDED once every lot is. Returns whether it was recorded now
     * (false for a repeat). When the tender is not divided, exactly {@link #recordAwardDecision(AwardDecision, Instant)}.
     */
    public boolean recordAwardDecision(AwardDecision decision, List<ProcurementLot> lots, Instant now) {
        if (lots.isEmpty()) {
            requireNoLot(decision.lot());
            boolean repeat = decision.awardId().equals(awardId);
            recordAwardDecision(decision, now);
            return !repeat;
        }
        ProcurementLot lot = lotNamed(lots, decision.lot());
        if (decision.awardId().equals(lot.awardId)) {
            return false;
        }
        lot.requireNotCancelled();
        ProcurementStatus current = statusAt(now);
        if (current == ProcurementStatus.CANCELLED || lot.awardId == null && current != ProcurementStatus.EVALUATION) {
            throw Problems.conflict("Cannot record AWARDED", "The procurement is " + current + "; lot " + lot.number
                    + " is awarded after the evaluation of bids received by the tender deadline");
        }
        lot.recordAward(decision);
        settle(lots);
        return true;
    }

    /**
     * The concluded contract of one lot's recorded award when the tender is divided; the procurement is CONTRACTED once
     * every lot is. Returns whether it was recorded now (false for a repeat).
     */
    public boolean recordContractConclusion(ContractConclusion conclusion, List<ProcurementLot> lots, Instant now) {
        if (lots.isEmpty()) {
            requireNoLot(conclusion.lot());
            boolean repeat = conclusion.contractId().equals(contractId);
            recordContractConclusion(conclusion, now);
            return !repeat;
        }
        ProcurementLot lot = lotNamed(lots, conclusion.lot());
        if (conclusion.contractId().equals(lot.contractId)) {
            return false;
        }
        if (statusAt(now) == ProcurementStatus.CANCELLED) {
            throw Problems.conflict("Cannot record CONTRACTED", "The procurement is CANCELLED");
        }
        lot.recordContract(conclusion);
        settle(lots);
        return true;
    }

    /**
     * The officer cancels lot {@code number} of a divided tender while it is open or under evaluation: no bid on it
     * qualified, or the need went away. The other lots go on; cancelling the last one not cancelled cancels the procurement.
     */
    public void cancelLot(List<ProcurementLot> lots, String number, String reason, Instant now) {
        ProcurementLot lot = lots.stream().filter(each -> each.number.equals(number)).findFirst()
                .orElseThrow(() -> Problems.notFound("Lot " + number + " of procurement " + id));
        ProcurementStatus current = statusAt(now);
        if (current != ProcurementStatus.TENDER_OPEN && current != ProcurementStatus.EVALUATION) {
            throw Problems.conflict("Cannot cancel the lot", "The procurement is " + current
                    + "; a lot is cancelled while its tender is open or under evaluation");
        }
        lot.cancel(reason, now);
        settle(lots);
    }

    /**
     * The procurement's status from its lots': CANCELLED when every lot is, AWARDED once every lot is awarded or
     * cancelled, CONTRACTED once every lot is contracted or cancelled; unchanged otherwise.
     */
    private void settle(List<ProcurementLot> lots) {
        if (lots.stream().allMatch(lot -> lot.cancelledAt != null)) {
            status = ProcurementStatus.CANCELLED;
        } else if (lots.stream().allMatch(lot -> lot.cancelledAt != null || lot.contractId != null)) {
            status = ProcurementStatus.CONTRACTED;
        } else if (lots.stream().allMatch(lot -> lot.cancelledAt != null || lot.awardId != null)) {
            status = ProcurementStatus.AWARDED;
        }
    }

    private static void requireNoLot(String lot) {
        if (lot != null) {
            throw Problems.invalid("The tender is not divided into lots", List.of(Violation.ofBody("lot",
                    "must be absent: the tender of this procurement is not divided into lots")));
        }
    }

    private static ProcurementLot lotNamed(List<ProcurementLot> lots, String number) {
        String numbers = String.join(", ", lots.stream().map(lot -> lot.number).toList());
        if (number == null) {
            throw Problems.invalid("Which lot?",
                    List.of(Violation.ofBody("lot", "is required: the tender is divided into lots " + numbers)));
        }
        return lots.stream().filter(lot -> lot.number.equals(number)).findFirst().orElseThrow(() -> Problems.invalid("No such lot",
                List.of(Violation.ofBody("lot", "must be one of the tender's lots " + numbers))));
    }

    /** The concluded contract of the recorded award: the status becomes CONTRACTED; repeating it changes nothing. */
    public void recordContractConclusion(ContractConclusion conclusion, Instant now) {
        if (conclusion.contractId().equals(contractId)) {
            return;
        }
        requireOutcomeFollows(ProcurementStatus.CONTRACTED, ProcurementStatus.AWARDED, now);
        if (!conclusion.awardId().equals(awardId)) {
            throw Problems.conflict("Not the recorded award", "The procurement was awarded by award " + awardId
                    + ", not " + conclusion.awardId());
        }
        status = ProcurementStatus.CONTRACTED;
        contractId = conclusion.contractId();
    }

    private void requireOutcomeFollows(ProcurementStatus outcome, ProcurementStatus required, Instant now) {
        ProcurementStatus current = statusAt(now);
        if (current == outcome) {
            throw Problems.conflict("Already " + outcome, "The procurement is already " + outcome + " by another "
                    + (outcome == ProcurementStatus.AWARDED ? "award" : "contract"));
        }
        if (current != required) {
            throw Problems.conflict("Cannot record " + outcome, "The procurement is " + current + "; it must be " + required + " first");
        }
    }

    /** Members join and leave while requirements are gathered. */
    private void requireMembershipOpen(String joinOrLeave, Instant now) {
        if (!isGatheringRequirements(now)) {
            throw Problems.conflict("Membership is closed",
                    "Members " + joinOrLeave + " while requirements are gathered; the procurement is " + statusAt(now));
        }
    }
}
