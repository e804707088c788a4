package uk.collabproc.procurement.requirement;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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

    @Inject
    Event<RequirementDecided> decided;

    @Transactional
    public RequirementView create(UUID procurementId, RequirementRequest request) {
        Procurement procurement = procurements.managed(procurementId);
        String odsCode = memberOrganisation(procurement);
        Instant now = clock.now();
        LocalDate today = clock.today();
        // Checked before the site and the duplicate, in the order members have always been answered; draft() checks again.
        procurement.requireOpenForMembers(now);
        Site site = ownSite(odsCode, request.siteCode());
        Requirement.requireNeededLater(request.neededBy(), today);
        Requirement.forSite(procurementId, site.siteCode).ifPresent(existing -> {
            throw alreadyExists(existing);
        });
        Requirement requirement = Requirement.draft(procurement, site.siteCode, odsCode, request, now, today);
        UniqueKeys.persistUnique(requirement, () -> alreadyExists(QuarkusTransaction.requiringNew()
                .call(() -> Requirement.forSite(procurementId, site.siteCode).orElseThrow())));
        return RequirementView.of(requirement);
    }

    @Transactional
    public RequirementView update(UUID procurementId, UUID requirementId, RequirementRequest request) {
        Procurement procurement = procurements.managed(procurementId);
        String odsCode = ownOrganisation(procurement, () -> Problems.notFound("Requirement " + requirementId));
        Requirement requirement = own(procurementId, requirementId, odsCode);
        Problems.requireCurrentVersion("Requirement " + requirementId, request.version(), requirement.version);
        requirement.update(procurement, request, clock.now(), clock.today());
        Requirement.flush();
        return RequirementView.of(requirement);
    }

    @Transactional
    public void delete(UUID procurementId, UUID requirementId) {
        Procurement procurement = procurements.managed(procurementId);
        Requirement requirement = own(procurementId, requirementId,
                ownOrganisation(procurement, () -> Problems.notFound("Requirement " + requirementId)));
        requirement.requireWithdrawable(procurement, clock.now());
        requirement.delete();
    }

    @Transactional
    public RequirementView submit(UUID procurementId, UUID requirementId) {
        Procurement procurement = procurements.managed(procurementId);
        Requirement requirement = own(procurementId, requirementId,
                ownOrganisation(procurement, () -> Problems.notFound("Requirement " + requirementId)));
        requirement.submit(procurement, clock.now());
        Requirement.flush();
        return RequirementView.of(requirement);
    }

    @Transactional
    public RequirementView approve(UUID procurementId, UUID requirementId) {
        Procurement procurement = procurements.managed(procurementId);
        Requirement requirement = find(procurementId, requirementId);
        requirement.approve(procurement, clock.now());
        Requirement.flush();
        decided.fire(new RequirementDecided(procurement, requirement));
        return RequirementView.of(requirement);
    }

    @Transactional
    public RequirementView sendBack(UUID procurementId, UUID requirementId, ReturnRequest request) {
        Procurement procurement = procurements.managed(procurementId);
        Requirement requirement = find(procurementId, requirementId);
        requirement.sendBack(procurement, request.reason(), clock.now());
        Requirement.flush();
        decided.fire(new RequirementDecided(procurement, requirement));
        return RequirementView.of(requirement);
    }

    /** Officers see every requirement; a member its own organisation's only. Filters are optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<RequirementView> list(UUID procurementId, RequirementStatus status, String odsCode, PageRequest page) {
        Procurement procurement = procurements.managed(procurementId);
        StringBuilder query = new StringBuilder("procurementId = :procurement");
        Parameters parameters = Parameters.with("procurement", procurementId);
        String organisation = caller.hasRole(Roles.OFFICER) ? odsCode
                : ownOrganisation(procurement,
                        () -> Problems.notFound("Requirements of your organisation in procurement " + procurementId));
        if (organisation != null) {
            query.append(" and odsCode = :org");
            parameters.and("org", organisation);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        var found = Requirement.<Requirement> find(query.toString(), Sort.by("odsCode").and("siteCode"), parameters).page(page.toPage());
        return new PagedList<>(found.list().stream().map(RequirementView::of).toList(), found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RequirementView get(UUID procurementId, UUID requirementId) {
        Procurement procurement = procurements.managed(procurementId);
        if (caller.hasRole(Roles.OFFICER)) {
            return RequirementView.of(find(procurementId, requirementId));
        }
        return RequirementView.of(
                own(procurementId, requirementId, ownOrganisation(procurement, () -> Problems.notFound("Requirement " + requirementId))));
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

    /** A site of the caller's organisation; any other code is refused alike, so that others' sites do not leak. */
    private static Site ownSite(String odsCode, String siteCode) {
        return Site.<Site> findByIdOptional(siteCode).filter(site -> site.odsCode.equals(odsCode))
                .orElseThrow(() -> Problems.invalid("Unknown site",
                        List.of(Violation.ofBody("siteCode", "no site of organisation " + odsCode + " has this code"))));
    }

    private static Requirement find(UUID procurementId, UUID requirementId) {
        return Requirement.<Requirement> findByIdOptional(requirementId)
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

    private RuntimeException alreadyExists(Requirement existing) {
        return Problems.alreadyExists("A requirement for site " + existing.siteCode, location(existing.procurementId, existing.id));
    }
}
