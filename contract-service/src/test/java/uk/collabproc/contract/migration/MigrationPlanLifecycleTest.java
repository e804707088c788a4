package uk.collabproc.contract.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.testsupport.Refusals.assertInvalid;
import static uk.collabproc.testsupport.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;

/** The migration plan's lifecycle: solving, ready, planned again until tracking starts. */
class MigrationPlanLifecycleTest {

    private static final UUID CONTRACT = UUID.randomUUID();
    private static final Instant STARTED = Instant.parse("2018-03-05T09:00:00Z");
    private static final Instant SOLVED = Instant.parse("2018-03-05T09:00:30Z");
    private static final Instant REPLANNED = Instant.parse("2018-03-12T09:00:00Z");
    private static final PlanParameters PARAMETERS = new PlanParameters(LocalDate.of(2018, 3, 5), 20, List.of(),
            PlanParameters.LeadTimes.DEFAULTS, LocalDate.of(2019, 3, 31), null).complete();
    private static final PlanParameters NEW_PARAMETERS = new PlanParameters(LocalDate.of(2018, 4, 2), 10, List.of(),
            PlanParameters.LeadTimes.DEFAULTS, LocalDate.of(2019, 3, 31), 1L).complete();
    private static final MigrationPlan.LateSite LATE = new MigrationPlan.LateSite("RK9-DERRIFORD", "RK9", LocalDate.of(2019, 4, 1),
            "Capacity");

    private static MigrationPlan ready() {
        MigrationPlan plan = MigrationPlan.first(CONTRACT, PARAMETERS, STARTED);
        plan.ready(0, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 3, 4), List.of(LATE), SOLVED);
        plan.version = 1;
        return plan;
    }

    @Test
    void aFirstPlanIsSolvingFromTheMomentItIsAskedFor() {
        MigrationPlan plan = MigrationPlan.first(CONTRACT, PARAMETERS, STARTED);

        assertEquals(CONTRACT, plan.contractId);
        assertEquals(PARAMETERS, plan.parameters);
        assertEquals(MigrationPlan.Status.SOLVING, plan.status);
        assertTrue(plan.isSolving());
        assertEquals(STARTED, plan.startedAt);
        assertNull(plan.finishedAt);
        assertNull(plan.lastCutover);
    }

    @Test
    void aSolvedPlanIsReadyWithTheSummaryOfItsSchedule() {
        MigrationPlan plan = ready();

        assertEquals(MigrationPlan.Status.READY, plan.status);
        assertFalse(plan.isSolving());
        assertEquals(SOLVED, plan.finishedAt);
        assertEquals(0, plan.hardViolations);
        assertEquals(LocalDate.of(2019, 4, 1), plan.lastCutover);
        assertEquals(LocalDate.of(2019, 3, 4), plan.lowerBound);
        assertEquals(List.of(LATE), plan.lateSites);
    }

    @Test
    void aReadyPlanIsPlannedAgainAndForgetsItsEarlierSolution() {
        MigrationPlan plan = ready();

        plan.replan(NEW_PARAMETERS, 1L, false, REPLANNED);

        assertEquals(MigrationPlan.Status.SOLVING, plan.status);
        assertEquals(NEW_PARAMETERS, plan.parameters);
        assertEquals(REPLANNED, plan.startedAt);
        assertNull(plan.finishedAt);
        assertNull(plan.lastCutover);
        assertNull(plan.lowerBound);
        assertNull(plan.hardViolations);
        assertNull(plan.lateSites);
    }

    @Test
    void planningAgainIsRefusedWhileThePlanIsSolving() {
        MigrationPlan plan = MigrationPlan.first(CONTRACT, PARAMETERS, STARTED);

        assertRefused(409, "Plan solving", "The plan is being solved; change it once it is READY",
                () -> plan.replan(NEW_PARAMETERS, 0L, false, REPLANNED));
        assertEquals(PARAMETERS, plan.parameters);
    }

    @Test
    void planningAgainIsRefusedOnceAMilestoneIsMet() {
        MigrationPlan plan = ready();

        assertRefused(409, "Tracking started", "Milestones have been met; the plan is now changed milestone by milestone",
                () -> plan.replan(NEW_PARAMETERS, 1L, true, REPLANNED));
        assertEquals(MigrationPlan.Status.READY, plan.status);
    }

    @Test
    void planningAgainIsRefusedForAStaleVersion() {
        MigrationPlan plan = ready();

        assertRefused(409, "Stale version", "The migration plan has changed since it was read; its current version is 1",
                () -> plan.replan(NEW_PARAMETERS, 0L, false, REPLANNED));
        assertEquals(MigrationPlan.Status.READY, plan.status);
    }

    @Test
    void planningAgainIsRefusedWithoutTheVersionItReplaces() {
        MigrationPlan plan = ready();

        assertInvalid("The change must say which version it is based on", List.of(Violation.ofBody("version", "must not be null")),
                () -> plan.replan(NEW_PARAMETERS, null, false, REPLANNED));
    }
}
