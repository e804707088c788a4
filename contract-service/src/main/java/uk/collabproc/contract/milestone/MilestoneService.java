package uk.collabproc.contract.milestone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.cache.Cached;
import uk.collabproc.common.cache.ReadCache;
import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.Counts;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.contract.award.Award;
import uk.collabproc.contract.contract.Contract;
import uk.collabproc.contract.contract.ContractAccess;
import uk.collabproc.contract.ocds.MilestoneSource;
import uk.collabproc.contract.ocds.OcdsReleasePackage;

/** Tracking: milestones with their RAG, changes to them, baselines, progress. */
@ApplicationScoped
public class MilestoneService implements MilestoneSource {

    private static final int DUE_SOON_DAYS = 14;

    @Inject
    ServiceClock clock;

    @Inject
    Event<MilestoneChanged> changed;

    @Inject
    Caller caller;

    @Inject
    ContractAccess access;

    @Inject
    LegacyEndDates legacyEndDates;

    @Inject
    ReadCache cache;

    /** Officers and project managers see every milestone; a member only its own organisation's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cached<RunPage> list(UUID contractId, MilestoneFilter filter, PageRequest page) {
        // A member's view is held to its organisation here; the staff's access is checked on the facts kept with the page.
        String ods = access.isStaff() ? filter.odsCode : memberOrganisation(contractId);
        // RAG is judged against today, so the day is part of what the page depends on.
        String key = String.join("|", "milestones", contractId.toString(), String.valueOf(ods), String.valueOf(filter.siteCode),
                String.valueOf(filter.type), String.valueOf(filter.status), String.valueOf(filter.dueBefore), String.valueOf(page.page),
                String.valueOf(page.size), clock.today().toString());
        Cached<RunPage> found = cache.read(key, () -> new RunPage(page(contractId, ods, filter, page), access.runnersOf(contractId)),
                run -> run.page().items());
        access.requireAccess(contractId, found.value().runners());
        return found;
    }

    /** A page of milestones with who runs the contract. */
    public record RunPage(PagedList<MilestoneView> page, ContractAccess.Runners runners) {
    }

    /** The progress with who runs the contract. */
    record RunProgress(ProgressView view, ContractAccess.Runners runners) {
    }

    private PagedList<MilestoneView> page(UUID contractId, String ods, MilestoneFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("contractId = :contract");
        Parameters parameters = Parameters.with("contract", contractId);
        if (ods != null) {
            query.append(" and odsCode = :ods");
            parameters.and("ods", ods);
        }
        if (filter.siteCode != null) {
            query.append(" and siteCode = :site");
            parameters.and("site", filter.siteCode);
        }
        if (filter.type != null) {
            query.append(" and type = :type");
            parameters.and("type", filter.type);
        }
        if (filter.status != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status);
        }
        if (filter.dueBefore != null) {
            query.append(" and dateMet is null and forecastDate <= :due");
            parameters.and("due", filter.dueBefore);
        }
        List<Milestone> milestones = Milestone
                .<Milestone> find(query.toString(), Sort.by("forecastDate").and("siteCode").and("type"), parameters)
                .page(page.toPage()).list();
        return new PagedList<>(views(contractId, milestones), Counts.of(Milestone.class, query.toString(), parameters));
    }

    /** Every milestone the caller may see, for the iCalendar feed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MilestoneView> all(UUID contractId) {
        requireContract(contractId);
        String ods = visibleOrganisation(contractId, null);
        List<Milestone> milestones = ods == null ? Milestone.list("contractId = ?1 order by forecastDate, siteCode", contractId)
                : Milestone.list("contractId = ?1 and odsCode = ?2 order by forecastDate, siteCode", contractId, ods);
        return views(contractId, milestones);
    }

    @Transactional
    public MilestoneView patch(UUID milestoneId, MilestonePatch patch) {
        Milestone milestone = Milestone.<Milestone> findByIdOptional(milestoneId)
                .orElseThrow(() -> Problems.notFound("Milestone " + milestoneId));
        if (!access.staffOf(Award.findById(Contract.<Contract> findById(milestone.contractId).awardId))) {
            throw Problems.notFound("Milestone " + milestoneId);
        }
        MilestoneChanged.Before before = new MilestoneChanged.Before(milestone.forecastDate, milestone.status);
        milestone.change(patch, clock.today());
        Milestone.flush();
        changed.fire(new MilestoneChanged(milestone, before));
        return views(milestone.contractId, List.of(milestone)).get(0);
    }

    /** Freezes every milestone's forecast under a name; later RAG and slippage are judged against it. */
    @Transactional
    public BaselineView baseline(UUID contractId, NewBaseline request) {
        requireContract(contractId);
        String name = request.name().strip();
        if (Counts.any(Baseline.class, "contractId = ?1 and name = ?2", contractId, name)) {
            throw Problems.alreadyExists("A baseline named " + name, baselines(contractId));
        }
        List<Milestone> milestones = Milestone.list("contractId", contractId);
        if (milestones.isEmpty()) {
            throw Problems.conflict("Nothing to baseline", "The contract has no planned milestones yet");
        }
        Baseline baseline = new Baseline();
        baseline.id = UUID.randomUUID();
        baseline.contractId = contractId;
        baseline.name = name;
        baseline.dates = milestones.stream().collect(Collectors.toMap(Baseline::key, m -> m.forecastDate));
        baseline.createdBy = caller.subject();
        baseline.createdAt = clock.now();
        UniqueKeys.persistUnique(baseline, () -> Problems.alreadyExists("A baseline named " + name, baselines(contractId)));
        milestones.forEach(milestone -> milestone.baselineDate = milestone.forecastDate);
        return BaselineView.of(baseline);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BaselineView> baselineList(UUID contractId) {
        requireContract(contractId);
        return Baseline.<Baseline> list("contractId = ?1 order by createdAt", contractId).stream().map(BaselineView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cached<?> progress(UUID contractId) {
        Cached<RunProgress> progress = cache.read("progress:" + contractId + "|" + clock.today(),
                () -> new RunProgress(progressOf(contractId), access.runnersOf(contractId)), RunProgress::view);
        access.requireAccess(contractId, progress.value().runners());
        return progress;
    }

    private ProgressView progressOf(UUID contractId) {
        List<MilestoneView> milestones = views(contractId, Milestone.list("contractId = ?1 order by forecastDate, siteCode", contractId));
        LocalDate today = clock.today();
        Map<Milestone.Status, Long> byStatus = new EnumMap<>(Milestone.Status.class);
        Map<Rag, Long> byRag = new EnumMap<>(Rag.class);
        milestones.forEach(m -> {
            byStatus.merge(m.status(), 1L, Long::sum);
            byRag.merge(m.rag(), 1L, Long::sum);
        });
        List<MilestoneView> cutovers = milestones.stream().filter(m -> m.type() == Milestone.Type.CUTOVER).toList();
        int cutOver = (int) cutovers.stream().filter(m -> m.status() == Milestone.Status.MET).count();
        List<MilestoneView> slipped = milestones.stream().filter(m -> m.baselineDate() != null
                && (m.dateMet() != null ? m.dateMet() : m.forecastDate()).isAfter(m.baselineDate())).toList();
        List<MilestoneView> dueSoon = milestones.stream().filter(m -> m.dateMet() == null && !m.forecastDate().isBefore(today)
                && !m.forecastDate().isAfter(today.plusDays(DUE_SOON_DAYS))).toList();
        BigDecimal percent = cutovers.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(cutOver * 100L).divide(BigDecimal.valueOf(cutovers.size()), 1, RoundingMode.HALF_UP);
        return new ProgressView(contractId, cutovers.size(), cutOver, percent, byStatus, byRag, slipped, dueSoon);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OcdsReleasePackage.Milestone> siteMilestones(UUID contractId, String odsCode) {
        List<Milestone> milestones = odsCode == null ? Milestone.list("contractId = ?1 order by forecastDate, siteCode", contractId)
                : Milestone.list("contractId = ?1 and odsCode = ?2 order by forecastDate, siteCode", contractId, odsCode);
        return milestones.stream()
                .map(m -> new OcdsReleasePackage.Milestone(m.id.toString(), m.type + " " + m.siteCode, "delivery", m.forecastDate,
                        m.dateMet,
                        m.status.ocdsCode()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OcdsReleasePackage.Milestone> programmeMilestones(UUID contractId) {
        Map<Milestone.Type, List<Milestone>> byType = Milestone.<Milestone> list("contractId", contractId).stream()
                .collect(Collectors.groupingBy(m -> m.type, () -> new EnumMap<>(Milestone.Type.class), Collectors.toList()));
        List<OcdsReleasePackage.Milestone> programme = new ArrayList<>();
        byType.forEach((type, milestones) -> {
            LocalDate lastDue = milestones.stream().map(m -> m.forecastDate).max(LocalDate::compareTo).orElseThrow();
            boolean allMet = milestones.stream().allMatch(m -> m.status == Milestone.Status.MET);
            boolean someMet = milestones.stream().anyMatch(m -> m.status == Milestone.Status.MET);
            LocalDate lastMet = allMet ? milestones.stream().map(m -> m.dateMet).max(LocalDate::compareTo).orElseThrow() : null;
            Milestone.Status status = allMet ? Milestone.Status.MET : someMet ? Milestone.Status.PARTIALLY_MET : Milestone.Status.SCHEDULED;
            programme
                    .add(new OcdsReleasePackage.Milestone(contractId + "-" + type, type + " of " + milestones.size() + " sites", "delivery",
                            lastDue, lastMet, status.ocdsCode()));
        });
        return programme;
    }

    /** RAG needs each milestone's site's expected cutover and the plan's legacy end date. */
    private List<MilestoneView> views(UUID contractId, List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return List.of();
        }
        LocalDate legacyEnd = legacyEndDates.legacyEndDate(contractId).orElse(null);
        List<String> sites = milestones.stream().map(m -> m.siteCode).distinct().toList();
        Map<String, LocalDate> cutovers = new HashMap<>();
        Milestone.<Milestone> list("contractId = ?1 and type = ?2 and siteCode in ?3", contractId, Milestone.Type.CUTOVER, sites)
                .forEach(cutover -> cutovers.put(cutover.siteCode, cutover.dateMet != null ? cutover.dateMet : cutover.forecastDate));
        LocalDate today = clock.today();
        List<MilestoneView> views = new ArrayList<>();
        for (Milestone m : milestones) {
            views.add(MilestoneView.of(m, Rag.of(m.baselineDate, m.forecastDate, m.dateMet, cutovers.get(m.siteCode), legacyEnd, today)));
        }
        return views;
    }

    /** A member's own organisation, when the contract exists and migrates some of its sites; 404 otherwise. */
    private String memberOrganisation(UUID contractId) {
        requireContract(contractId);
        return visibleOrganisation(contractId, null);
    }

    /** null for officers and project managers (all, or the filter's organisation); the member's own organisation otherwise. */
    private String visibleOrganisation(UUID contractId, String requested) {
        if (caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.PROJECT_MANAGER)) {
            return requested;
        }
        String own = caller.organisation().orElse("");
        if (!Counts.any(Milestone.class, "contractId = ?1 and odsCode = ?2", contractId, own)) {
            throw Problems.notFound("Contract " + contractId);
        }
        return own;
    }

    private void requireContract(UUID contractId) {
        access.contract(contractId);
    }

    static URI baselines(UUID contractId) {
        return Locations.of("/api/v1/contracts/{id}/baselines", contractId);
    }
}
