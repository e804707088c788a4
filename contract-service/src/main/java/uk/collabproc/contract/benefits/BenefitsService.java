package uk.collabproc.contract.benefits;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.collabproc.common.cache.Cached;
import uk.collabproc.common.cache.ReadCache;
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

    private BenefitsCalculator.Benefits benefitsOf(UUID contractId) {
        Contract contract = ContractAccess.existing(contractId);
        List<ContractSite> sites = ContractSite.ofContract(contractId);
        if (!caller.hasRole(Roles.OFFICER)) {
            String own = caller.organisation().orElse("");
            sites = sites.stream().filter(site -> site.odsCode.equals(own)).toList();
            if (sites.isEmpty()) {
                throw Problems.notFound("Contract " + contractId);
            }
        }
        int term = (int) java.time.temporal.ChronoUnit.MONTHS.between(contract.startDate, contract.endDate.plusDays(1));
        return BenefitsCalculator.calculate(sites.stream().map(site -> new BenefitsCalculator.SiteCosts(site.odsCode, site.legacyAnnualCost,
                site.legacyBandwidthMbps, site.annualCost, site.oneOffCost, site.newBandwidthMbps)).toList(), term);
    }
}
