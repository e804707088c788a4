package uk.collabproc.contract.benefits;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.collabproc.common.cache.Cached;
import uk.collabproc.common.cache.ReadCache;
import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.contract.contract.Contract;
import uk.collabproc.contract.contract.ContractAccess;
import uk.collabproc.contract.contract.ContractSite;

@ApplicationScoped
public class BenefitsService {

    @Inject
    Caller caller;

    @Inject
    ContractAccess access;

    @Inject
    ReadCache cache;

    @Inject
    BenefitsAccess benefitsAccess;

    @Inject
    ServiceClock clock;

    /**
     * The officer sees every organisation and the total; a member sees its own organisation only (404 when the
     * contract migrates none of its sites, so that other organisations' contracts do not show).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cached<?> benefits(UUID contractId) {
        String seenBy = caller.hasRole(Roles.OFFICER) ? "*" : caller.organisation().orElse("");
        Cached<RunBenefits> benefits = cache.read("benefits:" + contractId + "|" + seenBy,
                () -> new RunBenefits(benefitsOf(contractId), access.runnersOf(contractId)), RunBenefits::benefits);
        access.requireAccess(contractId, benefits.value().runners());
        return benefits;
    }

    /** The benefits with who runs the contract, the facts the access check needs. */
    record RunBenefits(BenefitsCalculator.Benefits benefits, ContractAccess.Runners runners) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectCostsView projectCosts(UUID contractId, String odsCode) {
        benefitsAccess.requireVisible(contractId, odsCode);
        return ProjectCostsView.of(OrganisationProjectCosts
                .<OrganisationProjectCosts> find("contractId = ?1 and odsCode = ?2", contractId, odsCode)
                .firstResultOptional().orElseThrow(() -> Problems.notFound("Project costs of " + odsCode + " in contract " + contractId)));
    }

    /** The organisation's own project costs; {@code null} when it recorded none. Access is the caller's to check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BenefitsCalculator.ProjectCosts projectCostsOf(UUID contractId, String odsCode) {
        return OrganisationProjectCosts.<OrganisationProjectCosts> find("contractId = ?1 and odsCode = ?2", contractId, odsCode)
                .firstResultOptional().map(OrganisationProjectCosts::costs).orElse(null);
    }

    /** Records an organisation's own project costs, or replaces them with the version it replaces. */
    @Transactional
    public BenefitMeasureService.Written<ProjectCostsView> recordProjectCosts(UUID contractId, String odsCode, ProjectCostsRecord request) {
        benefitsAccess.requireVisible(contractId, odsCode);
        OrganisationProjectCosts costs = OrganisationProjectCosts
                .<OrganisationProjectCosts> find("contractId = ?1 and odsCode = ?2", contractId, odsCode).firstResult();
        boolean created = costs == null;
        if (created) {
            costs = new OrganisationProjectCosts();
            costs.id = UUID.randomUUID();
            costs.contractId = contractId;
            costs.odsCode = odsCode;
        } else {
            Problems.requireCurrentVersion(odsCode + "'s project costs", request.version(), costs.version);
        }
        costs.ownCapitalOutlay = request.ownCapitalOutlay();
        costs.effortFte = request.effortFte();
        costs.effortMonths = request.effortMonths();
        costs.costPerFtePerYear = request.costPerFtePerYear();
        costs.recordedBy = caller.subject();
        costs.recordedAt = clock.now();
        BenefitMeasureService.store(costs, created, () -> Problems.conflict("Recorded meanwhile",
                odsCode + "'s project costs were recorded by someone else meanwhile; read them and send their version to replace them"));
        return new BenefitMeasureService.Written<>(ProjectCostsView.of(costs), created);
    }

    /** The benefits of the organisations {@code visible} names ({@code null}: all), with their project costs. */
    public BenefitsCalculator.Benefits benefitsOf(Contract contract, String visible) {
        // An organisation's own benefits (a member's, a case study's) read its sites only, not a region's thousands.
        List<ContractSite> sites = visible == null ? ContractSite.ofContract(contract.id)
                : ContractSite.ofOrganisation(contract.id, visible);
        List<OrganisationProjectCosts> costs = visible == null ? OrganisationProjectCosts.list("contractId", contract.id)
                : OrganisationProjectCosts.list("contractId = ?1 and odsCode = ?2", contract.id, visible);
        int term = (int) java.time.temporal.ChronoUnit.MONTHS.between(contract.startDate, contract.endDate.plusDays(1));
        return BenefitsCalculator.calculate(sites.stream().map(site -> new BenefitsCalculator.SiteCosts(site.odsCode, site.legacyAnnualCost,
                site.legacyBandwidthMbps, site.annualCost, site.oneOffCost, site.newBandwidthMbps)).toList(),
                costs.stream().collect(Collectors.toMap(c -> c.odsCode, OrganisationProjectCosts::costs)), term);
    }

    private BenefitsCalculator.Benefits benefitsOf(UUID contractId) {
        String visible = caller.hasRole(Roles.OFFICER) ? null : caller.organisation().orElse("");
        BenefitsCalculator.Benefits benefits = benefitsOf(ContractAccess.existing(contractId), visible);
        if (visible != null && benefits.organisations().isEmpty()) {
            throw Problems.notFound("Contract " + contractId);
        }
        return benefits;
    }
}
