package uk.collabproc.contract.award;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import uk.collabproc.contract.calendar.WorkingDays;

/**
 * When the standstill ends (docs/domain.md#standstill). The period ends at midnight Europe/London at the end of its last
 * day, i.e. at 00:00 local time of the next day.
 * <ul>
 * <li>PCR 2015: the last day is the 10th calendar day after the day the award decision is sent; if that is not a
 * working day, the next working day.</li>
 * <li>PA 2023: 8 working days beginning with the day the contract award notice is published; that day counts
 * when it is a working day.</li>
 * </ul>
 */
public final class StandstillCalculator {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int PCR_CALENDAR_DAYS = 10;
    private static final int PA_WORKING_DAYS = 8;

    private StandstillCalculator() {
    }

    public static Instant standstillEndsAt(String regime, LocalDate decisionDate) {
        return endOf(lastDay(regime, decisionDate));
    }

    public static LocalDate lastDay(String regime, LocalDate decisionDate) {
        WorkingDays workingDays = WorkingDays.forRegime(regime);
        return switch (regime) {
            case "PCR_2015" -> workingDays.onOrAfter(decisionDate.plusDays(PCR_CALENDAR_DAYS));
            case "PA_2023" -> workingDays.plusWorkingDays(decisionDate, PA_WORKING_DAYS - 1);
            default -> throw new IllegalArgumentException("Unknown regime " + regime);
        };
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(LONDON).toInstant();
    }
}
