package uk.collabproc.contract.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.collabproc.contract.calendar.WorkingDays;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * The planner (first plan + Timefold Solver) on hand-made cases and a generated region of 2,000 sites. Every rule is
 * checked again here by {@link #violations}, written independently of the production rules and the solver's score.
 */
class SchedulerTest {

    private static final PlanParameters.LeadTimes LEAD = new PlanParameters.LeadTimes(5, 30, 5, 5, 10);

    @Test
    void criticalSitesGoAtWeekendsCoreSitesFirstAndNothingInABlackout() {
        // Lead times bring the earliest cutover to the week of 14 May 2018; that week is blacked out.
        PlanParameters parameters = new PlanParameters(LocalDate.parse("2018-03-05"), 2,
                List.of(new PlanParameters.Blackout(LocalDate.parse("2018-04-16"), LocalDate.parse("2018-04-29"))), LEAD,
                LocalDate.parse("2019-03-31"), null);
        List<PlanningSite> sites = List.of(
                new PlanningSite("RK9-DERRIFORD", "RK9", true, true),
                new PlanningSite("RK9-MOUNTGOULD", "RK9", false, false),
                new PlanningSite("RK9-CUMBERLAND", "RK9", false, true),
                new PlanningSite("RH8-EXETER", "RH8", true, false),
                new PlanningSite("RH8-HONITON", "RH8", false, false));

        Map<PlanningSite, LocalDate> plan = solve(parameters, sites);

        assertEquals(List.of(), violations(parameters, plan));
        LocalDate derriford = plan.get(sites.get(0));
        assertTrue(derriford.getDayOfWeek() == DayOfWeek.SATURDAY || derriford.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertTrue(plan.get(sites.get(2)).isBefore(plan.get(sites.get(1))), "core before the others in RK9");
    }

    @Test
    void sitesThatCannotMakeTheLegacyEndAreReportedLateWithTheReason() {
        // The earliest cutover is Thursday 10 May 2018 (45 working days, Easter and the May bank holiday crossed).
        PlanParameters parameters = new PlanParameters(LocalDate.parse("2018-03-05"), 1, List.of(), LEAD, LocalDate.parse("2018-06-01"),
                null);
        List<PlanningSite> sites = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sites.add(new PlanningSite("S" + i, "RK9", false, false));
        }
        CutoverRules rules = new CutoverRules(parameters, WorkingDays.ENGLAND_AND_WALES);
        Map<PlanningSite, LocalDate> plan = solve(parameters, sites);

        assertEquals(List.of(), violations(parameters, plan));
        long late = plan.values().stream().filter(day -> !day.isBefore(parameters.legacyEndDate())).count();
        assertEquals(2, late, "4 of 6 sites fit one a week between 10 May and 1 June");
        String reason = MigrationService.lateReason(rules, sites.get(0), parameters.legacyEndDate(), sites.size());
        assertTrue(reason.startsWith("Capacity: 6 sites at 1 a week"), reason);
        assertEquals(rules.lowerBound(6), plan.values().stream().max(LocalDate::compareTo).orElseThrow(),
                "one site a week from the earliest week: the plan meets the lower bound");
    }

    @Test
    void aGeneratedRegionOfTwoThousandSitesKeepsEveryRuleAndComesCloseToTheLowerBound() {
        PlanParameters parameters = new PlanParameters(LocalDate.parse("2018-03-05"), 50,
                List.of(new PlanParameters.Blackout(LocalDate.parse("2018-12-17"), LocalDate.parse("2019-01-04")),
                        new PlanParameters.Blackout(LocalDate.parse("2018-08-06"), LocalDate.parse("2018-08-12"))),
                LEAD, LocalDate.parse("2019-12-31"), null);
        List<PlanningSite> sites = region(2_000, 40);

        Map<PlanningSite, LocalDate> plan = solve(parameters, sites);

        assertEquals(List.of(), violations(parameters, plan));
        LocalDate last = plan.values().stream().max(LocalDate::compareTo).orElseThrow();
        LocalDate lowerBound = new CutoverRules(parameters, WorkingDays.ENGLAND_AND_WALES).lowerBound(sites.size());
        assertFalse(last.isBefore(lowerBound), "no plan beats the lower bound");
        assertTrue(ChronoUnit.DAYS.between(lowerBound, last) <= 7, "within a week of the lower bound: " + last + " against " + lowerBound);
    }

    /** 5 % critical and 10 % core sites spread over {@code organisations}. */
    static List<PlanningSite> region(int count, int organisations) {
        List<PlanningSite> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sites.add(new PlanningSite(String.format("SITE-%05d", i), String.format("R%02d", i % organisations), i % 20 == 0, i % 10 == 3));
        }
        return sites;
    }

    static Map<PlanningSite, LocalDate> solve(PlanParameters parameters, List<PlanningSite> sites) {
        CutoverRules rules = new CutoverRules(parameters, WorkingDays.ENGLAND_AND_WALES);
        Solver<CutoverSchedule> solver = SolverFactory.<CutoverSchedule> create(new SolverConfig()
                .withSolutionClass(CutoverSchedule.class)
                .withEntityClasses(CutoverAssignment.class)
                .withConstraintProviderClass(CutoverConstraints.class)
                .withTerminationSpentLimit(Duration.ofSeconds(2)))
                .buildSolver();
        CutoverSchedule solution = solver.solve(MigrationService.problem(rules, sites));
        Map<PlanningSite, LocalDate> plan = new HashMap<>();
        solution.getAssignments().forEach(assignment -> plan.put(assignment.getSite(), assignment.getDay()));
        return plan;
    }

    /** The rules of docs/domain.md#scheduling-constraints, written out again for the test. */
    static List<String> violations(PlanParameters parameters, Map<PlanningSite, LocalDate> plan) {
        PlanParameters.LeadTimes lead = parameters.complete().leadTimes();
        LocalDate earliest = WorkingDays.ENGLAND_AND_WALES.plusWorkingDays(parameters.startDate(),
                lead.surveyToOrder() + lead.orderToDelivery() + lead.deliveryToCommissioning() + lead.commissioningToCutover());
        List<String> found = new ArrayList<>();
        Map<LocalDate, Integer> weeks = new HashMap<>();
        plan.forEach((site, day) -> {
            if (day.isBefore(earliest)) {
                found.add(site.siteCode() + " before " + earliest);
            }
            for (PlanParameters.Blackout blackout : parameters.blackouts()) {
                if (!day.isBefore(blackout.from()) && !day.isAfter(blackout.to())) {
                    found.add(site.siteCode() + " in a blackout");
                }
            }
            DayOfWeek weekday = day.getDayOfWeek();
            if (site.critical() && weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                found.add(site.siteCode() + " critical on " + weekday);
            }
            weeks.merge(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 1, Integer::sum);
            plan.forEach((other, otherDay) -> {
                if (site.core() && !other.core() && site.odsCode().equals(other.odsCode()) && !day.isBefore(otherDay)) {
                    found.add(site.siteCode() + " (core) not before " + other.siteCode());
                }
            });
        });
        weeks.forEach((monday, count) -> {
            if (count > parameters.weeklyCutoverCapacity()) {
                found.add(count + " cutovers in the week of " + monday);
            }
        });
        return found;
    }
}
