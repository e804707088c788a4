package uk.collabproc.procurement.demand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.collabproc.common.cache.Cached;
import uk.collabproc.common.cache.ReadCache;
import uk.collabproc.procurement.organisation.Organisation;
import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementMember;
import uk.collabproc.procurement.procurement.ProcurementService;
import uk.collabproc.procurement.requirement.Requirement;
import uk.collabproc.procurement.requirement.RequirementStatus;
import uk.collabproc.procurement.site.Site;

@ApplicationScoped
public class DemandService {

    /** Requirements that count towards demand: what the tender will price unless the officer returns it. */
    static final EnumSet<RequirementStatus> IN_PLAY = EnumSet.of(RequirementStatus.SUBMITTED, RequirementStatus.APPROVED);

    @Inject
    ProcurementService procurements;

    @Inject
    ReadCache cache;

    /**
     * The demand as the API answers it, with the same access check: for the procurement at a glance, which shows a
     * member its own organisation's figures only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DemandView view(UUID procurementId) {
        return demand(procurementId).value().view();
    }

    /** The demand with who runs the procurement, the facts the access check needs. */
    record RunDemand(DemandView view, String leadOrganisation, List<String> coLeads) {
    }

    /**
     * The figures are computed again only after a change; access is checked on every read, against who runs the
     * procurement as kept with them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cached<RunDemand> demand(UUID procurementId) {
        Cached<RunDemand> demand = cache.read("demand:" + procurementId, () -> runDemand(procurementId), RunDemand::view);
        procurements.requireRunByCaller(procurementId, demand.value().leadOrganisation(), demand.value().coLeads());
        return demand;
    }

    private RunDemand runDemand(UUID procurementId) {
        Procurement procurement = procurements.visible(procurementId);
        return new RunDemand(figures(procurementId), procurement.leadOrganisation, ProcurementMember.coLeads(procurementId));
    }

    /**
     * A handful of statements whatever the number of members: a region of 300 members and 20,000 requirements cost a
     * query per member for its organisation and another for its sites, and a pass over every requirement per member.
     */
    private DemandView figures(UUID procurementId) {
        List<Requirement> requirements = Requirement.ofProcurement(procurementId);
        Map<String, Site> sites = Site.byCode(requirements.stream().map(r -> r.siteCode).toList());
        Map<String, List<Requirement>> byMember = requirements.stream().collect(Collectors.groupingBy(r -> r.odsCode));
        List<ProcurementMember> members = ProcurementMember.ofProcurement(procurementId);
        List<String> codes = members.stream().map(member -> member.odsCode).toList();
        Map<String, Organisation> organisationsByCode = Organisation.byCode(codes);
        Map<String, Long> registeredSites = Site.countsOf(codes);
        List<DemandView.OrganisationDemand> organisations = new ArrayList<>();
        List<DemandView.Member> chaseList = new ArrayList<>();
        DemandFigures totals = DemandFigures.NONE;
        for (ProcurementMember member : members) {
            Organisation organisation = organisationsByCode.get(member.odsCode);
            List<Requirement> own = byMember.getOrDefault(member.odsCode, List.of());
            DemandFigures figures = figures(registeredSites.getOrDefault(member.odsCode, 0L), own, sites);
            organisations.add(new DemandView.OrganisationDemand(organisation.odsCode, organisation.name, organisation.type, figures));
            if (own.stream().noneMatch(r -> IN_PLAY.contains(r.status))) {
                chaseList.add(new DemandView.Member(organisation.odsCode, organisation.name));
            }
            totals = totals.plus(figures);
        }
        return new DemandView(procurementId, totals, organisations, chaseList);
    }

    /** The figures of one organisation: its registered sites and its requirements, with their sites' legacy. */
    static DemandFigures figures(long registeredSites, List<Requirement> requirements, Map<String, Site> sites) {
        Map<RequirementStatus, Long> counts = requirements.stream()
                .collect(Collectors.groupingBy(requirement -> requirement.status, Collectors.counting()));
        long before = 0;
        long after = 0;
        BigDecimal cost = new BigDecimal("0.00");
        for (Requirement requirement : requirements) {
            if (IN_PLAY.contains(requirement.status)) {
                Site site = sites.get(requirement.siteCode);
                before += site.legacyBandwidthMbps;
                after += requirement.bandwidthMbps;
                cost = cost.add(site.legacyAnnualCost);
            }
        }
        return new DemandFigures(registeredSites, DemandFigures.counts(counts), before, after, DemandFigures.ratio(after, before), cost);
    }
}
