package uk.collabproc.contract.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.collabproc.testsupport.Refusals.assertInvalid;
import static uk.collabproc.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;

/** A milestone's changes while it is tracked, and the OCDS codes its statuses are known by outside. */
class MilestoneLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 5, 14);
    private static final LocalDate PLANNED = LocalDate.of(2018, 5, 21);

    private static Milestone scheduled() {
        Milestone milestone = new Milestone();
        milestone.type = Milestone.Type.CUTOVER;
        milestone.plannedDate = PLANNED;
        milestone.forecastDate = PLANNED;
        milestone.status = Milestone.Status.SCHEDULED;
        milestone.version = 2;
        return milestone;
    }

    /** A scheduled milestone after {@code patch}, sent today. */
    private static Milestone changed(MilestonePatch patch) {
        Milestone milestone = scheduled();
        milestone.change(patch, TODAY);
        return milestone;
    }

    @Test
    void aNewForecastChangesOnlyTheForecast() {
        Milestone milestone = changed(new MilestonePatch(LocalDate.of(2018, 6, 4), null, null, 2L));

        assertEquals(LocalDate.of(2018, 6, 4), milestone.forecastDate);
        assertEquals(Milestone.Status.SCHEDULED, milestone.status);
        assertNull(milestone.dateMet);
    }

    @Test
    void theDayMetWithoutAStatusMarksTheMilestoneMet() {
        Milestone milestone = changed(new MilestonePatch(null, TODAY, null, 2L));

        assertEquals(Milestone.Status.MET, milestone.status);
        assertEquals(TODAY, milestone.dateMet);
    }

    @Test
    void aStatusSentWithTheDayMetWins() {
        Milestone milestone = changed(new MilestonePatch(null, TODAY, Milestone.Status.PARTIALLY_MET, 2L));

        assertEquals(Milestone.Status.PARTIALLY_MET, milestone.status);
        assertEquals(TODAY, milestone.dateMet);
    }

    @Test
    void aMilestoneIsMarkedNotMet() {
        Milestone milestone = changed(new MilestonePatch(null, null, Milestone.Status.NOT_MET, 2L));

        assertEquals(Milestone.Status.NOT_MET, milestone.status);
    }

    @Test
    void meetingAMilestoneInTheFutureIsRefused() {
        Milestone milestone = scheduled();

        assertInvalid("A milestone cannot be met in the future",
                List.of(Violation.ofBody("dateMet", "must not be after today, 2018-05-14")),
                () -> milestone.change(new MilestonePatch(null, TODAY.plusDays(1), null, 2L), TODAY));
        assertEquals(Milestone.Status.SCHEDULED, milestone.status);
    }

    @Test
    void aMetMilestoneWithoutTheDayItWasMetIsRefused() {
        Milestone milestone = scheduled();

        assertInvalid("A met milestone needs the date it was met", List.of(Violation.ofBody("dateMet", "must not be null when met")),
                () -> milestone.change(new MilestonePatch(LocalDate.of(2018, 6, 4), null, Milestone.Status.MET, 2L), TODAY));
        assertEquals(Milestone.Status.SCHEDULED, milestone.status);
        assertEquals(PLANNED, milestone.forecastDate);
    }

    @Test
    void changingIsRefusedForAStaleVersion() {
        Milestone milestone = scheduled();

        assertRefused(409, "Stale version", "The milestone has changed since it was read; its current version is 2",
                () -> milestone.change(new MilestonePatch(LocalDate.of(2018, 6, 4), null, null, 1L), TODAY));
        assertEquals(PLANNED, milestone.forecastDate);
    }

    @Test
    void everyStatusIsKnownOutsideByItsOcdsCode() {
        assertEquals(List.of("scheduled", "met", "notMet", "partiallyMet"),
                List.of(Milestone.Status.values()).stream().map(Milestone.Status::ocdsCode).toList());
    }

    @Test
    void anOcdsCodeNamesItsStatus() {
        assertEquals(Milestone.Status.NOT_MET, Milestone.Status.fromString("notMet"));
    }

    @Test
    void anEnumNameIsNotAnOcdsCode() {
        assertThrows(IllegalArgumentException.class, () -> Milestone.Status.fromString("NOT_MET"));
    }

    @Test
    void theDatabaseKeepsTheOcdsCodes() {
        Milestone.StatusCodes codes = new Milestone.StatusCodes();

        assertEquals("partiallyMet", codes.convertToDatabaseColumn(Milestone.Status.PARTIALLY_MET));
        assertEquals(Milestone.Status.PARTIALLY_MET, codes.convertToEntityAttribute("partiallyMet"));
    }
}
