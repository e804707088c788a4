package uk.collabproc.contract.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.collabproc.common.cache.ReadCache;
import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.contract.award.Award;
import uk.collabproc.contract.contract.Contract;
import uk.collabproc.contract.contract.ContractAccess;
import uk.collabproc.contract.contract.ContractSite;
import uk.collabproc.contract.dashboard.MigrationDashboard.Blackout;
import uk.collabproc.contract.dashboard.MigrationDashboard.Plan;
import uk.collabproc.contract.dashboard.MigrationDashboard.Site;
import uk.collabproc.contract.migration.MigrationPlan;
import uk.collabproc.contract.milestone.Milestone;

/**
 * Reads what the migration dashboard shows, with the API's access rules: the officers and project managers who run the
 * contract see every site, a member only its own organisation's, everyone else nothing (404, as the API answers).
 */
@ApplicationScoped
public class DashboardService {

    /** What a dashboard is drawn from, read once per change of the data and kept ({@link ReadCache}). */
    record Facts(Heading contract, List<Site> sites, List<SiteMilestone> milestones, Plan plan, ContractAccess.Runners runners) {
    }

    /** The contract the dashboard is about. */
    /** {@code lot} names the lot the contract is for; null when the tender was not divided. */
    public record Heading(UUID id, UUID procurementId, String supplierName, LocalDate startDate, LocalDate endDate, String lot) {
    }

    /** A contract a person may look at, with how many of its sites they see. */
    public record Entry(UUID contractId, UUID procurementId, String supplierName, long sites, String lot) {
    }

    @Inject
    ContractAccess access;

    @Inject
    ServiceClock clock;

    @Inject
    ReadCache cache;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Facts facts(UUID contractId) {
        String own = access.isStaff() ? null : access.organisation();
        Facts facts = cache.read("dashboard|" + contractId + "|" + own, () -> read(contractId, own), f -> Map.of()).value();
        access.requireAccess(contractId, facts.runners());
        if (own != null && facts.sites().isEmpty()) {
            // A member whose organisation has no site in this contract: as if it did not exist.
            throw Problems.notFound("Contract " + contractId);
        }
        return facts;
    }

    public MigrationDashboard.View view(Facts facts, MigrationDashboard.Filter filter, int page, int pageSize) {
        return MigrationDashboard.of(facts.sites(), facts.milestones(), facts.plan(), clock.today(), filter, page, pageSize);
    }

    /** The contracts the caller may look at: those its organisation runs (staff), or those migrating its sites (members). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> contracts() {
        String org = access.organisation();
        List<Object[]> rows = access.isStaff()
                ? Contract.getEntityManager()
                        .createQuery("select c.id, c.procurementId, a.supplierName, (select count(s) from ContractSite s"
                                + " where s.contractId = c.id), c.lot from Contract c, Award a where a.id = c.awardId and "
                                + access.awardCondition()
                                + " order by c.startDate desc", Object[].class)
                        .setParameter("org", org).getResultList()
                : Contract.getEntityManager()
                        .createQuery("select c.id, c.procurementId, a.supplierName, count(s), c.lot from Contract c, Award a,"
                                + " ContractSite s where a.id = c.awardId and s.contractId = c.id and s.odsCode = :org"
                                + " group by c.id, c.procurementId, a.supplierName, c.startDate, c.lot order by c.startDate desc",
                                Object[].class)
                        .setParameter("org", org).getResultList();
        return rows.stream().map(r -> new Entry((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).longValue(), (String) r[4]))
                .toList();
    }

    private Facts read(UUID contractId, String own) {
        Contract found = ContractAccess.existing(contractId);
        Heading contract = new Heading(found.id, found.procurementId, Award.<Award> findById(found.awardId).supplierName, found.startDate,
                found.endDate, found.lot);
        ContractAccess.Runners runners = access.runnersOf(contractId);
        String where = own == null ? "contractId = ?1" : "contractId = ?1 and odsCode = ?2";
        Object[] parameters = own == null ? new Object[] { contractId } : new Object[] { contractId, own };
        List<Site> sites = ContractSite.<ContractSite> list(where, parameters).stream()
                .map(s -> new Site(s.siteCode, s.odsCode, s.name, s.critical)).toList();
        // A projection, not entities: ten thousand sites are sixty thousand milestones, which the dashboard only reads.
        var query = Milestone.getEntityManager().createQuery("select new " + SiteMilestone.class.getName()
                + "(m.siteCode, m.odsCode, m.type, m.baselineDate, m.forecastDate, m.dateMet, m.status) from Milestone m where m.contractId = :contract"
                + (own == null ? "" : " and m.odsCode = :org"), SiteMilestone.class).setParameter("contract", contractId);
        if (own != null) {
            query.setParameter("org", own);
        }
        List<SiteMilestone> milestones = query.getResultList();
        Plan plan = MigrationPlan.<MigrationPlan> findByIdOptional(contractId)
                .map(p -> new Plan(p.parameters.weeklyCutoverCapacity(),
                        Optional.ofNullable(p.parameters.blackouts()).orElse(List.of()).stream().map(b -> new Blackout(b.from(), b.to()))
                                .toList(),
                        p.parameters.legacyEndDate()))
                .orElse(Plan.NONE);
        return new Facts(contract, sites, milestones, plan, runners);
    }
}
