package uk.collabproc.procurement.requirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.persistence.Counts;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.procurement.procurement.Procurement;

/** What a member needs at one of its sites, in one procurement. */
@Entity
@Table(name = "requirement")
@Audited
public class Requirement extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    @Column(name = "site_code", nullable = false)
    public String siteCode;

    @Column(name = "ods_code", nullable = false)
    public String odsCode;

    @Column(name = "bandwidth_mbps", nullable = false)
    public int bandwidthMbps;

    @Enumerated(EnumType.STRING)
    @Column(name = "resilience", nullable = false)
    public Resilience resilience;

    @Convert(converter = ServiceListConverter.class)
    @Column(name = "services", nullable = false)
    public List<ClinicalService> services;

    @Column(name = "needed_by", nullable = false)
    public LocalDate neededBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public RequirementStatus status;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** A new draft of the member organisation {@code odsCode} for one of its sites, while members record requirements. */
    public static Requirement draft(Procurement procurement, String siteCode, String odsCode, RequirementRequest request, Instant now,
            LocalDate today) {
        procurement.requireOpenForMembers(now);
        requireNeededLater(request.neededBy(), today);
        Requirement requirement = new Requirement();
        requirement.id = UUID.randomUUID();
        requirement.procurementId = procurement.id;
        requirement.siteCode = siteCode;
        requirement.odsCode = odsCode;
        requirement.apply(request);
        requirement.status = RequirementStatus.DRAFT;
        requirement.createdAt = now;
        return requirement;
    }

    /** A requirement is for a date still to come. */
    public static void requireNeededLater(LocalDate neededBy, LocalDate today) {
        if (!neededBy.isAfter(today)) {
            throw Problems.invalid("Invalid requirement", List.of(Violation.ofBody("neededBy", "must be a future date")));
        }
    }

    /** The member changes a draft or returned requirement, for the same site; a changed returned requirement is a draft again. */
    public void update(Procurement procurement, RequirementRequest request, Instant now, LocalDate today) {
        requireEditable(procurement, now);
        if (!siteCode.equals(request.siteCode())) {
            throw Problems.invalid("A requirement stays with its site",
                    List.of(Violation.ofBody("siteCode", "must stay " + siteCode + "; record a new requirement for another site")));
        }
        requireNeededLater(request.neededBy(), today);
        apply(request);
        status = RequirementStatus.DRAFT;
    }

    /** The member withdraws (deletes) only a draft or returned requirement, while members record requirements. */
    public void requireWithdrawable(Procurement procurement, Instant now) {
        requireEditable(procurement, now);
    }

    /** The member submits a draft or returned requirement to the officer, before the requirements deadline. */
    public void submit(Procurement procurement, Instant now) {
        procurement.requireOpenForMembers(now);
        if (!status.canBeSubmitted()) {
            throw Problems.conflict("Cannot submit", "The requirement is " + status + "; only drafts and returned ones are submitted");
        }
        status = RequirementStatus.SUBMITTED;
        submittedAt = now;
        returnReason = null;
    }

    /** The officer approves a submitted requirement while requirements are gathered: the tender will price it. */
    public void approve(Procurement procurement, Instant now) {
        requireAwaitingDecision(procurement, now);
        status = RequirementStatus.APPROVED;
        decidedAt = now;
    }

    /** The officer returns a submitted requirement with the reason, while requirements are gathered. */
    public void sendBack(Procurement procurement, String reason, Instant now) {
        requireAwaitingDecision(procurement, now);
        status = RequirementStatus.RETURNED;
        returnReason = reason.strip();
        decidedAt = now;
    }

    /** Whether the organisation has requirements in the procurement, in any status. */
    public static boolean existFor(UUID procurementId, String odsCode) {
        return Counts.any(Requirement.class, "procurementId = ?1 and odsCode = ?2", procurementId, odsCode);
    }

    /** The requirement of the procurement for the site, if one was recorded. */
    public static Optional<Requirement> forSite(UUID procurementId, String siteCode) {
        return find("procurementId = ?1 and siteCode = ?2", procurementId, siteCode).firstResultOptional();
    }

    /** Every requirement of the procurement, in any status. */
    public static List<Requirement> ofProcurement(UUID procurementId) {
        return list("procurementId", procurementId);
    }

    /** The approved requirements of the procurement, which the tender prices, by organisation and site. */
    public static PanacheQuery<Requirement> approvedFor(UUID procurementId) {
        return find(APPROVED_IN, Sort.by("odsCode").and("siteCode"), procurementId, RequirementStatus.APPROVED);
    }

    /** How many requirements of the procurement are approved. */
    public static long countApproved(UUID procurementId) {
        return Counts.of(Requirement.class, APPROVED_IN, procurementId, RequirementStatus.APPROVED);
    }

    private static final String APPROVED_IN = "procurementId = ?1 and status = ?2";

    /** How many requirements of the procurement are submitted and neither approved nor returned yet. */
    public static long countAwaitingDecision(UUID procurementId) {
        return Counts.of(Requirement.class, "procurementId = ?1 and status = ?2", procurementId, RequirementStatus.SUBMITTED);
    }

    /** Members change and withdraw drafts and returned requirements only, and only while they record requirements. */
    private void requireEditable(Procurement procurement, Instant now) {
        procurement.requireOpenForMembers(now);
        if (!status.isEditable()) {
            throw Problems.conflict("Cannot change", "The requirement is " + status + "; only drafts and returned requirements change");
        }
    }

    private void requireAwaitingDecision(Procurement procurement, Instant now) {
        procurement.requireGatheringRequirements(now);
        if (!status.awaitsDecision()) {
            throw Problems.conflict("Nothing to decide", "The requirement is " + status + "; only submitted ones are decided");
        }
    }

    private void apply(RequirementRequest request) {
        bandwidthMbps = request.bandwidthMbps();
        resilience = request.resilience();
        services = request.services().stream().distinct().toList();
        neededBy = request.neededBy();
    }
}
