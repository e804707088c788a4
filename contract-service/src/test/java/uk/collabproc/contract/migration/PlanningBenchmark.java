package uk.collabproc.contract.migration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.collabproc.contract.calendar.WorkingDays;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Plans 10,000 sites at 150 cutovers a week around two blackouts, 5 % of them critical and 10 % core, with the
 * service's planner (first plan, then Timefold Solver with the service's time limits) and prints the figures. A
 * benchmark, not a test: nothing here asserts a timing.
 * <pre>./mvnw -pl contract-service exec:java -Dexec.mainClass=uk.collabproc.contract.migration.PlanningBenchmark -Dexec.classpathScope=test</pre>
 */
public final class PlanningBenchmark {

    private PlanningBenchmark() {
    }

    public static void main(String[] args) {
        PlanParameters parameters = new PlanParameters(LocalDate.parse("2018-03-05"), 150,
                List.of(new PlanParameters.Blackout(LocalDate.parse("2018-12-17"), LocalDate.parse("2019-01-06")),
                        new PlanParameters.Blackout(LocalDate.parse("2019-04-15"), LocalDate.parse("2019-04-28"))),
                PlanParameters.LeadTimes.DEFAULTS, LocalDate.parse("2019-12-31"), null);
        List<PlanningSite> sites = SchedulerTest.region(10_000, 200);
        CutoverRules rules = new CutoverRules(parameters, WorkingDays.ENGLAND_AND_WALES);

        long start = System.nanoTime();
        CutoverSchedule problem = MigrationService.problem(rules, sites);
        long firstPlanMillis = (System.nanoTime() - start) / 1_000_000;
        Solver<CutoverSchedule> solver = SolverFactory.<CutoverSchedule> create(new SolverConfig()
                .withSolutionClass(CutoverSchedule.class)
                .withEntityClasses(CutoverAssignment.class)
                .withConstraintProviderClass(CutoverConstraints.class)
                // The service's production limits (application.properties).
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(Duration.ofSeconds(10)).withUnimprovedSpentLimit(Duration.ofSeconds(3))))
                .buildSolver();
        long solveStart = System.nanoTime();
        CutoverSchedule solution = solver.solve(problem);
        long solveMillis = (System.nanoTime() - solveStart) / 1_000_000;

        Map<PlanningSite, LocalDate> plan = new HashMap<>();
        solution.getAssignments().forEach(assignment -> plan.put(assignment.getSite(), assignment.getDay()));
        LocalDate last = plan.values().stream().max(LocalDate::compareTo).orElseThrow();
        LocalDate lowerBound = rules.lowerBound(sites.size());
        System.out.printf("%nMIGRATION PLAN of %,d sites, %d cutovers a week, 2 blackouts, %d critical, %d core%n", sites.size(),
                parameters.weeklyCutoverCapacity(), sites.stream().filter(PlanningSite::critical).count(),
                sites.stream().filter(PlanningSite::core).count());
        System.out.printf("  first plan %d ms, solver %d ms (score %s), total %d ms%n", firstPlanMillis, solveMillis, solution.getScore(),
                firstPlanMillis + solveMillis);
        System.out.printf("  hard violations (checked independently of the solver): %d%n", rules.hardViolations(plan).size());
        System.out.printf("  earliest cutover %s, lastCutover %s, lowerBound %s (%d days apart)%n", rules.earliestCutover(), last,
                lowerBound,
                ChronoUnit.DAYS.between(lowerBound, last));
    }
}
