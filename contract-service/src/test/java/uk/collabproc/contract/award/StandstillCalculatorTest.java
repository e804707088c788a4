package uk.collabproc.contract.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.collabproc.contract.calendar.WorkingDays;

class StandstillCalculatorTest {

    @ParameterizedTest(name = "PCR 2015, decision sent {0}: standstill ends {1}")
    @CsvSource({
            // The example of docs/domain.md#standstill: Monday 4 December 2017, 10th day Thursday 14th.
            "2017-12-04, 2017-12-15T00:00:00Z",
            // 10th day a Saturday: extended to Monday.
            "2017-12-06, 2017-12-19T00:00:00Z",
            // 10th day Christmas Day, then Boxing Day: extended to Wednesday 27th.
            "2017-12-15, 2017-12-28T00:00:00Z",
            // Across the year end: 10th day New Year's Day; 2 January is a working day in England and Wales.
            "2017-12-22, 2018-01-03T00:00:00Z",
            // Easter: 10th day Saturday 31 March, then Easter Sunday and Monday; midnight London is 23:00 UTC in summer time.
            "2018-03-21, 2018-04-03T23:00:00Z",
            "2018-07-02, 2018-07-12T23:00:00Z"
    })
    void pcr2015EndsAtMidnightAfterTheTenthCalendarDayOrTheNextWorkingDay(LocalDate decision, Instant ends) {
        assertEquals(ends, StandstillCalculator.standstillEndsAt("PCR_2015", decision));
    }

    @ParameterizedTest(name = "PA 2023, notice published {0}: standstill ends {1}")
    @CsvSource({
            // A working day counts as the first of the eight.
            "2025-03-03, 2025-03-13T00:00:00Z",
            // Published on a Saturday: the count begins on Monday, and St Patrick's Day (a Northern Ireland bank
            // holiday, so not a working day "in any part of the United Kingdom") is skipped.
            "2025-03-08, 2025-03-21T00:00:00Z",
            // Christmas, Boxing Day, New Year's Day and 2 January (Scotland) crossed.
            "2025-12-22, 2026-01-07T00:00:00Z"
    })
    void pa2023EndsAfterEightWorkingDaysBeginningWithThePublicationDay(LocalDate decision, Instant ends) {
        assertEquals(ends, StandstillCalculator.standstillEndsAt("PA_2023", decision));
    }

    @org.junit.jupiter.api.Test
    void theCalendarsDifferWhereScotlandAndNorthernIrelandHaveTheirOwnBankHolidays() {
        LocalDate stPatricksDay = LocalDate.parse("2025-03-17");
        LocalDate secondOfJanuary = LocalDate.parse("2026-01-02");
        assertTrue(WorkingDays.ENGLAND_AND_WALES.isWorkingDay(stPatricksDay));
        assertFalse(WorkingDays.ANY_PART_OF_THE_UK.isWorkingDay(stPatricksDay));
        assertTrue(WorkingDays.ENGLAND_AND_WALES.isWorkingDay(secondOfJanuary));
        assertFalse(WorkingDays.ANY_PART_OF_THE_UK.isWorkingDay(secondOfJanuary));
        assertFalse(WorkingDays.ENGLAND_AND_WALES.isWorkingDay(LocalDate.parse("2018-03-30")), "Good Friday");
        assertFalse(WorkingDays.ENGLAND_AND_WALES.isWorkingDay(LocalDate.parse("2017-12-25")), "Christmas Day");
        // Friday 22 December 2017: the weekend, Christmas Day and Boxing Day pass before the next two working days.
        assertEquals(LocalDate.parse("2017-12-28"), WorkingDays.ENGLAND_AND_WALES.plusWorkingDays(LocalDate.parse("2017-12-22"), 2));
    }
}
