package uk.collabproc.procurement.scope;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.procurement.procurement.ProcurementService;
import uk.collabproc.procurement.requirement.Requirement;
import uk.collabproc.procurement.site.LegacyConnection;
import uk.collabproc.procurement.site.Site;
import uk.collabproc.procurement.tender.PricingLine;
import uk.collabproc.procurement.tender.Tender;
import uk.collabproc.procurement.tender.TenderService;

/** The sites a contract will migrate: those with an approved requirement, as contract-service reads them. */
@ApplicationScoped
public class ScopeService {

    @Inject
    ProcurementService procurements;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<ScopeSite> scope(UUID procurementId, PageRequest page) {
        procurements.managed(procurementId);
        List<Requirement> requirements = Requirement.approvedFor(procurementId).page(page.toPage()).list();
        Map<String, Site> sites = Site.byCode(requirements.stream().map(r -> r.siteCode).toList());
        Tender tender = Tender.findById(procurementId);
        List<ScopeSite> scope = requirements.stream().map(requirement -> {
            Site site = sites.get(requirement.siteCode);
            return new ScopeSite(site.siteCode, site.odsCode, site.name, site.postcode, site.critical, site.core,
                    new LegacyConnection(site.legacyProduct, site.legacyBandwidthMbps, site.legacyAnnualCost),
                    PricingLine.lineId(site.siteCode),
                    new ScopeSite.ScopeRequirement(requirement.bandwidthMbps, requirement.resilience, requirement.services,
                            requirement.neededBy),
                    tender == null ? null : TenderService.lotOf(tender, requirement.siteCode, requirement.odsCode));
        }).toList();
        return new PagedList<>(scope, Requirement.countApproved(procurementId));
    }
}
