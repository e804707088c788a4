package uk.collabproc.procurement.requirement;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementMember;
import uk.collabproc.procurement.procurement.ProcurementService;
import uk.collabproc.procurement.procurement.ProcurementStatus;
import uk.collabproc.procurement.site.Site;

/**
 * Requirements of member organisations. A member works only on its own organisation's requirements, and
 * everything of other organisations answers 404, as if it did not exist.
 */
@ApplicationScoped
public class RequirementService {

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    ProcurementService procurements;

    @Transactional
    public RequirementView create(UUID procurementId, RequirementRequest request) {
        Procurement procurement = procurements.managed(procurementId);
        String odsCode = memberOrganisation(procurement);
        requireOpenForMembers(procurement);
        Site site = ownSite(odsCode, request.siteCode());
        validateDates(request);
        Requirement.<Requirement>find("procurementId = ?1 and siteCode = ?2", procurementId, site.siteCode)
                .firstResultOptional().ifPresent(existing -> {
                    throw alreadyExists(existing);
                });
        Requirement requirement = new Requirement();
        requirement.id = UUID.randomUUID();
        requirement.procurementId = procurementId;
        requirement.siteCode = site.siteCode;
        requirement.odsCode = odsCode;
        apply(requirement, request);
        requirement.status = RequirementStatus.DRAFT;
        requirement.createdAt = clock.now();
        UniqueKeys.persistUnique(requirement, () -> alreadyExists(QuarkusTransaction.requiringNew().call(() -> Requirement
                .<Requirement>find("procurementId = ?1 and siteCode = ?2", procurementId, site.siteCode).firstResult())));
        return RequirementView.of(requirement);
    }

    @Transactional
    public RequirementView update(UUID procurementId, UUID requirementId, RequirementRequest request) {
        Procurement procurement = procurements.managed(procurementId);
        String odsCode = ownOrganisation(procurement, () -> Problems.notFound("Requirement " + requirementId));
        Requirement requirement = own(procurementId, requirementId, odsCode);
        Problems.requireCurrentVersion("Requirement " + requirementId, request.version(), requirement.version);
        requireOpenForMembers(procurement);
        requireEditable(requirement);
        if (!requirement.siteCode.equals(request.siteCode())) {
            throw Problems.invalid("A requirement stays with its site",
                    List.of(Violation.ofBody("siteCode", "must stay " + requirement.siteCode + "; record a new requirement for another site")));
        }
        validateDates(request);
        apply(requirement, request);
        // A changed returned requirement is a draft again until the member submits it.
        requirement.status = RequirementStatus.DRAFT;
        Requirement.flush();
        return RequirementView.of(requirement);
    }

    @Transactional
    public void delete(UUID procurementId, UUID requirementId) {
        Procurement procurement = procurements.managed(procurementId);
        Requirement requirement = own(procurementId, requirementId, ownOrganisation(procurement, () -> Problems.notFound("Requirement " + requirementId)));
        requireOpenForMembers(procurement);
        requireEditable(requirement);
        requirement.delete();
    }

    @Transactional
    public RequirementView submit(UUID procurementId, UUID requirementId) {
        Procurement procurement = procurements.managed(procurementId);
        Requirement requirement = own(procurementId, requirementId, ownOrganisation(procurement, () -> Problems.notFound("Requirement " + requirementId)));
        requireOpenForMembers(procurement);
        if (!requirement.status.canBeSubmitted()) {
            throw Problems.conflict("Cannot submit", "The requirement is " + requirement.status + "; only drafts and returned ones are submitted");
        }
        requirement.status = RequirementStatus.SUBMITTED;
        requirement.submittedAt = clock.now();
        requirement.returnReason = null;
        Requirement.flush();
        return RequirementView.of(requirement);
    }

    @Transactional
    public RequirementView approve(UUID procurementId, UUID requirementId) {
        Requirement requirement = awaitingDecision(procurementId, requirementId);
        requirement.status = RequirementStatus.APPROVED;
        requirement.decidedAt = clock.now();
        Requirement.flush();
        return RequirementView.of(requirement);
    }

    @Transactional
    public RequirementView sendBack(UUID procurementId, UUID requirementId, ReturnRequest request) {
        Requirement requirement = awaitingDecision(procurementId, requirementId);
        requirement.status = RequirementStatus.RETURNED;
        requirement.returnReason = request.reason().strip();
        requirement.decidedAt = clock.now();
        Requirement.flush();
        return RequirementView.of(requirement);
    }

    /** Officers see every requirement; a member its own organisation's only. Filters are optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<RequirementView> list(UUID procurementId, RequirementStatus status, String odsCode, PageRequest page) {
        Procurement procurement = procurements.managed(procurementId);
        StringBuilder query = new StringBuilder("procurementId = :procurement");
        Parameters parameters = Parameters.with("procurement", procurementId);
        String organisation = caller.hasRole(Roles.OFFICER) ? odsCode : ownOrganisation(procurement, () -> Problems.notFound("Requirements of your organisation in procurement " + procurementId));
        if (organisation != null) {
            query.append(" and odsCode = :org");
            parameters.and("org", organisation);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        var found = Requirement.<Requirement>find(query.toString(), Sort.by("odsCode").and("siteCode"), parameters).page(page.toPage());
        return new PagedList<>(found.list().stream().map(RequirementView::of).toList(), found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RequirementView get(UUID procurementId, UUID requirementId) {
        Procurement procurement = procurements.managed(procurementId);
        if (caller.hasRole(Roles.OFFICER)) {
            return RequirementView.of(find(procurementId, requirementId));
        }
        return RequirementView.of(own(procurementId, requirementId, ownOrganisation(procurement, () -> Problems.notFound("Requirement " + requirementId))));
    }

    public static URI location(UUID procurementId, UUID requirementId) {
        return Locations.of("/api/v1/procurements/{id}/requirements/{rid}", procurementId, requirementId);
    }

    /**
     * The caller's organisation when it reads or changes requirements it already has: an organisation that is not a
     * member has none, and another member's requirements do not exist for it (404, not 409, so nothing leaks).
     */
    private String ownOrganisation(Procurement procurement, java.util.function.Supplier<RuntimeException> notFound) {
        return caller.organisation().filter(odsCode -> ProcurementMember.exists(procurement.id, odsCode)).orElseThrow(notFound);
    }

    /** The caller's organisation, which must be a member of the procurement to have requirements in it. */
    private String memberOrganisation(Procurement procurement) {
        String odsCode = caller.organisation().orElseThrow(() -> Problems.conflict("No organisation",
                "The token names no organisation (claim org); requirements belong to an organisation"));
        if (!ProcurementMember.exists(procurement.id, odsCode)) {
            throw Problems.conflict("Not a member", "Organisation " + odsCode + " is not a member of this procurement");
        }
        return odsCode;
    }

    /** Members record and submit requirements while they are gathered, and only until the deadline. */
    private void requireOpenForMembers(Procurement procurement) {
        requireGathering(procurement);
        Instant now = clock.now();
        if (!now.isBefore(procurement.requirementsDeadline)) {
            throw Problems.conflict("The requirements deadline has passed",
                    "Requirements were due by " + procurement.requirementsDeadline + "; ask the officer to extend the deadline");
        }
    }

    /** Requirements change, by members or the officer, only until the tender is published (or cancelled). */
    private void requireGathering(Procurement procurement) {
        if (procurement.status != ProcurementStatus.REQUIREMENTS_GATHERING) {
            throw Problems.conflict("Requirements gathering is over", "The procurement is " + procurement.statusAt(clock.now()));
        }
    }

    private static void requireEditable(Requirement requirement) {
        if (!requirement.status.isEditable()) {
            throw Problems.conflict("Cannot change", "The requirement is " + requirement.status
                    + "; only drafts and returned requirements change");
        }
    }

    private Requirement awaitingDecision(UUID procurementId, UUID requirementId) {
        Procurement procurement = procurements.managed(procurementId);
        Requirement requirement = find(procurementId, requirementId);
        requireGathering(procurement);
        if (!requirement.status.awaitsDecision()) {
            throw Problems.conflict("Nothing to decide", "The requirement is " + requirement.status + "; only submitted ones are decided");
        }
        return requirement;
    }

    /** A site of the caller's organisation; any other code is refused alike, so that others' sites do not leak. */
    private static Site ownSite(String odsCode, String siteCode) {
        return Site.<Site>findByIdOptional(siteCode).filter(site -> site.odsCode.equals(odsCode))
                .orElseThrow(() -> Problems.invalid("Unknown site",
                        List.of(Violation.ofBody("siteCode", "no site of organisation " + odsCode + " has this code"))));
    }

    private void validateDates(RequirementRequest request) {
        if (!request.neededBy().isAfter(clock.today())) {
            throw Problems.invalid("Invalid requirement", List.of(Violation.ofBody("neededBy", "must be a future date")));
        }
    }

    private static Requirement find(UUID procurementId, UUID requirementId) {
        return Requirement.<Requirement>findByIdOptional(requirementId)
                .filter(requirement -> requirement.procurementId.equals(procurementId))
                .orElseThrow(() -> Problems.notFound("Requirement " + requirementId));
    }

    private static Requirement own(UUID procurementId, UUID requirementId, String odsCode) {
        Requirement requirement = find(procurementId, requirementId);
        if (!requirement.odsCode.equals(odsCode)) {
            throw Problems.notFound("Requirement " + requirementId);
        }
        return requirement;
    }

    private static void apply(Requirement requirement, RequirementRequest request) {
        requirement.bandwidthMbps = request.bandwidthMbps();
        requirement.resilience = request.resilience();
        requirement.services = request.services().stream().distinct().toList();
        requirement.neededBy = request.neededBy();
    }

    private RuntimeException alreadyExists(Requirement existing) {
        return Problems.alreadyExists("A requirement for site " + existing.siteCode, location(existing.procurementId, existing.id));
    }
}
