package uk.collabproc.procurement.procurement;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.Counts;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.procurement.organisation.Organisation;

/** Which organisations take part in a procurement; only members record requirements. */
@ApplicationScoped
public class MembershipService {

    @Inject
    ServiceClock clock;

    @Inject
    ProcurementService procurements;

    @Inject
    Caller caller;

    @Inject
    MemberRequirements requirements;

    /** Adds the organisation; answers whether it was added now (false: it was a member already). */
    @Transactional
    public boolean add(UUID procurementId, String odsCode) {
        Procurement procurement = procurements.managed(procurementId);
        Organisation organisation = Organisation.<Organisation> findByIdOptional(odsCode)
                .orElseThrow(() -> Problems.notFound("Organisation " + odsCode));
        if (ProcurementMember.exists(procurementId, odsCode)) {
            return false;
        }
        procurement.addMember(organisation.odsCode, clock.now()).persistAndFlush();
        return true;
    }

    @Transactional
    public void remove(UUID procurementId, String odsCode) {
        Procurement procurement = procurements.managed(procurementId);
        ProcurementMember member = member(procurementId, odsCode);
        procurement.requireRemovable(member, requirements.exist(procurementId, odsCode), clock.now());
        member.delete();
    }

    /**
     * Names a member co-lead, or stops it being one. Only the lead partner's officer decides, and only before
     * publication: the organisations that run the competition are fixed when the tender is published.
     */
    @Transactional
    public ProcurementView setCoLead(UUID procurementId, String odsCode, boolean coLead) {
        Procurement procurement = procurements.managed(procurementId);
        if (!caller.belongsTo(procurement.leadOrganisation)) {
            throw Problems.notFound("Procurement " + procurementId);
        }
        ProcurementMember member = member(procurementId, odsCode);
        if (procurement.setCoLead(member, coLead, clock.now())) {
            ProcurementMember.flush();
        }
        return procurements.view(procurement);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<MemberView> list(UUID procurementId, PageRequest page) {
        Procurement procurement = procurements.visible(procurementId);
        List<MemberView> views = ProcurementMember.<ProcurementMember> find("procurementId", Sort.by("odsCode"), procurementId)
                .page(page.toPage()).list().stream()
                .map(member -> {
                    Organisation organisation = Organisation.findById(member.odsCode);
                    return new MemberView(member.odsCode, organisation.name, organisation.type,
                            member.odsCode.equals(procurement.leadOrganisation), member.joinedAt);
                })
                .toList();
        return new PagedList<>(views, Counts.of(ProcurementMember.class, "procurementId = ?1", procurementId));
    }

    private static ProcurementMember member(UUID procurementId, String odsCode) {
        return ProcurementMember.<ProcurementMember> find("procurementId = ?1 and odsCode = ?2", procurementId, odsCode)
                .firstResultOptional().orElseThrow(() -> Problems.notFound("Member " + odsCode + " of procurement " + procurementId));
    }
}
