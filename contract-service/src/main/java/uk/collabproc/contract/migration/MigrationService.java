package uk.collabproc.contract.migration;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.contract.calendar.WorkingDays;
import uk.collabproc.contract.contract.ContractAccess;
import uk.collabproc.contract.contract.ContractSite;
import uk.collabproc.contract.milestone.Milestone;

import ai.timefold.solver.core.api.solver.SolverManager;

/**
 * Plans the migration of a contract's sites. The parameters are stored at once and the plan answers SOLVING; the
 * solver then runs in the background from a first plan that keeps every hard rule, and the result (cutover days,
 * the six milestones of every site, the summary) is stored as READY. A plan still SOLVING when the service stops is
 * solved again when it starts.
 */
@ApplicationScoped
public class MigrationService {

    private static final Logger LOG = Logger.getLogger(MigrationService.class);
    /** Lead times are counted in working days of England and Wales, where the collaborative's sites are. */
    private static final WorkingDays CALENDAR = WorkingDays.ENGLAND_AND_WALES;

    /** Asked for only when a plan is solved, so that a start that solves nothing does not build the solver. */
    @Inject
    Instance<SolverManager<CutoverSchedule, UUID>> solverManager;

    @Inject
    ServiceClock clock;

    @Inject
    SolverLease lease;

    @Inject
    ContractAccess access;

    @Inject
    Event<PlanRequested> planRequested;

    @Inject
    Event<PlanReady> planReady;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "quarkus.timefold.solver.termination.spent-limit")
    Duration spentLimit;

    @Transactional
    public PlanView plan(UUID contractId, PlanParameters request) {
        access.contract(contractId);
        requireConsistent(request);
        PlanParameters parameters = request.complete();
        MigrationPlan plan = MigrationPlan.findById(contractId, LockModeType.PESSIMISTIC_WRITE);
        if (plan != null) {
            plan.replan(parameters, request.version(), Milestone.anyMet(contractId), clock.now());
        } else {
            plan = MigrationPlan.first(contractId, parameters, clock.now());
            plan.persist();
        }
        MigrationPlan.flush();
        planRequested.fire(new PlanRequested(contractId));
        return view(plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlanView> find(UUID contractId) {
        access.contract(contractId);
        return MigrationPlan.<MigrationPlan> findByIdOptional(contractId).map(this::view);
    }

    void startSolving(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanRequested request) {
        solve(request.contractId());
    }

    /** Solves the plans a replica stopped solving, this one or another ({@link PlanResumption}). */
    void resume(List<UUID> orphaned) {
        orphaned.forEach(contractId -> {
            if (solve(contractId)) {
                LOG.infof("Solving again the migration plan of contract %s, which a stopped replica was solving", contractId);
            }
        });
    }

    /**
     * Solves the plan if this replica can claim its lease; answers whether it does. A solve that fails keeps its lease
     * while this replica runs, so the plan is tried again when the replica stops (by the next to claim it), as it was
     * before replicas, rather than by every sweep in a loop.
     */
    private boolean solve(UUID contractId) {
        if (!lease.claim(contractId)) {
            return false;
        }
        Timer.Sample solving = Timer.start(metrics);
        CutoverSchedule problem = QuarkusTransaction.requiringNew().call(() -> problem(contractId));
        solverManager.get().solveBuilder()
                .withProblemId(contractId)
                .withProblemFinder(id -> problem)
                .withFinalBestSolutionConsumer(solution -> solved(solving,
                        QuarkusTransaction.requiringNew().call(() -> store(contractId, solution)) ? "success" : "taken-over"))
                .withExceptionHandler((id, error) -> {
                    LOG.errorf(error, "Solving the migration plan of contract %s failed", id);
                    solved(solving, "failure");
                })
                .run();
        return true;
    }

    /**
     * How long plans take, from the claim to the committed plan ({@code success}), a failure (the solver's or the
     * store's: Timefold hands both to the exception handler) or a plan another replica took over meanwhile.
     */
    private void solved(Timer.Sample solving, String outcome) {
        solving.stop(Timer.builder("collab.plans.solved").description("Migration plans solved, from the claim to the stored plan")
                .tag("outcome", outcome).register(metrics));
    }

    /** The sites of the contract, starting from the plan that keeps every hard rule by construction. */
    static CutoverSchedule problem(CutoverRules rules, List<PlanningSite> sites) {
        Map<PlanningSite, LocalDate> first = GreedyCutovers.plan(rules, sites);
        LocalDate last = first.values().stream().max(Comparator.naturalOrder()).orElse(rules.earliestCutover());
        List<LocalDate> days = rules.earliestCutover().datesUntil(last.plusWeeks(4)).toList();
        List<CutoverAssignment> assignments = new ArrayList<>();
        first.forEach((site, day) -> assignments.add(new CutoverAssignment(site, day)));
        return new CutoverSchedule(rules, days, assignments);
    }

    private CutoverSchedule problem(UUID contractId) {
        MigrationPlan plan = MigrationPlan.findById(contractId);
        List<PlanningSite> sites = ContractSite.ofContract(contractId).stream()
                .map(site -> new PlanningSite(site.siteCode, site.odsCode, site.critical, site.core)).toList();
        return problem(new CutoverRules(plan.parameters, CALENDAR), sites);
    }

    /** Answers whether the plan was stored: not when another replica has taken it over. */
    private boolean store(UUID contractId, CutoverSchedule solution) {
        if (!lease.release(contractId)) {
            LOG.warnf("The migration plan of contract %s is no longer this replica's to store: another replica solves it", contractId);
            return false;
        }
        MigrationPlan plan = MigrationPlan.findById(contractId, LockModeType.PESSIMISTIC_WRITE);
        CutoverRules rules = solution.getRules();
        Map<PlanningSite, LocalDate> cutovers = new HashMap<>();
        solution.getAssignments().forEach(assignment -> cutovers.put(assignment.getSite(), assignment.getDay()));
        plan.ready(rules.hardViolations(cutovers).size(), cutovers.values().stream().max(Comparator.naturalOrder()).orElse(null),
                rules.lowerBound(cutovers.size()), lateSites(rules, cutovers), clock.now());
        replaceMilestones(contractId, rules, cutovers);
        planReady.fire(new PlanReady(plan));
        LOG.infof("Migration plan of contract %s ready: %d sites, last cutover %s, lower bound %s, %d hard violations (score %s)",
                contractId, cutovers.size(), plan.lastCutover, plan.lowerBound, plan.hardViolations, solution.getScore());
        return true;
    }

    private static List<MigrationPlan.LateSite> lateSites(CutoverRules rules, Map<PlanningSite, LocalDate> cutovers) {
        LocalDate legacyEnd = rules.parameters().legacyEndDate();
        if (legacyEnd == null) {
            return List.of();
        }
        return cutovers.entrySet().stream().filter(entry -> !entry.getValue().isBefore(legacyEnd))
                .sorted(Map.Entry.comparingByValue())
                .map(entry -> new MigrationPlan.LateSite(entry.getKey().siteCode(), entry.getKey().odsCode(), entry.getValue(),
                        lateReason(rules, entry.getKey(), legacyEnd, cutovers.size())))
                .toList();
    }

    static String lateReason(CutoverRules rules, PlanningSite site, LocalDate legacyEnd, int sites) {
        if (!rules.earliestCutover().isBefore(legacyEnd)) {
            return "Lead times: the earliest possible cutover, " + rules.earliestCutover() + ", is not before the legacy end date";
        }
        return "Capacity: " + sites + " sites at " + rules.parameters().weeklyCutoverCapacity() + " a week"
                + (rules.parameters().blackouts().isEmpty() ? "" : ", around the blackouts,")
                + (site.critical() ? " (a critical site, weekends only)" : "") + " cannot all cut over before " + legacyEnd
                + "; no plan can finish before " + rules.lowerBound(sites);
    }

    /** Every site's six milestones: lead times counted back from the cutover, and the cease after stabilisation. */
    private void replaceMilestones(UUID contractId, CutoverRules rules, Map<PlanningSite, LocalDate> cutovers) {
        PlanParameters.LeadTimes lead = rules.parameters().leadTimes();
        WorkingDays days = rules.workingDays();
        Map<Milestone.PlannedSite, Map<Milestone.Type, LocalDate>> plan = new HashMap<>();
        cutovers.forEach((site, cutover) -> {
            LocalDate commissioning = days.minusWorkingDays(cutover, lead.commissioningToCutover());
            LocalDate delivery = days.minusWorkingDays(commissioning, lead.deliveryToCommissioning());
            LocalDate order = days.minusWorkingDays(delivery, lead.orderToDelivery());
            LocalDate survey = days.minusWorkingDays(order, lead.surveyToOrder());
            LocalDate cease = days.plusWorkingDays(cutover.plusDays(1), lead.cutoverToCease() - 1);
            plan.put(new Milestone.PlannedSite(site.siteCode(), site.odsCode()), Map.of(Milestone.Type.SITE_SURVEY, survey,
                    Milestone.Type.ORDER_PLACED, order, Milestone.Type.CIRCUIT_DELIVERED, delivery, Milestone.Type.COMMISSIONING_TEST,
                    commissioning, Milestone.Type.CUTOVER, cutover, Milestone.Type.LEGACY_CEASED, cease));
        });
        Milestone.replacePlan(contractId, plan);
    }

    private PlanView view(MigrationPlan plan) {
        int progress = plan.status == MigrationPlan.Status.READY ? 100
                : (int) Math.max(0,
                        Math.min(99, Duration.between(plan.startedAt, clock.now()).toMillis() * 100 / Math.max(1, spentLimit.toMillis())));
        return new PlanView(plan.contractId, plan.status, progress, plan.parameters, plan.lastCutover, plan.lowerBound,
                plan.lateSites == null ? List.of() : plan.lateSites, plan.hardViolations, plan.startedAt, plan.finishedAt, plan.version);
    }

    private static void requireConsistent(PlanParameters request) {
        List<Violation> violations = new ArrayList<>();
        if (request.legacyEndDate() != null && request.startDate() != null && !request.legacyEndDate().isAfter(request.startDate())) {
            violations.add(Violation.ofBody("legacyEndDate", "must be after the start date"));
        }
        List<PlanParameters.Blackout> blackouts = request.blackouts() == null ? List.of() : request.blackouts();
        for (int i = 0; i < blackouts.size(); i++) {
            if (blackouts.get(i).to().isBefore(blackouts.get(i).from())) {
                violations.add(Violation.ofBody("blackouts[" + i + "].to", "must not be before from"));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid("The plan's parameters do not fit together", violations);
        }
    }
}
