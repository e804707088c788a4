package uk.collabproc.contract.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days: not a Saturday or Sunday, and not a bank holiday (Christmas Day and Good Friday included) in the
 * parts of the UK that the calendar covers. The holidays come from Jollyday's UK calendar, so that they can be
 * shown and checked rather than typed in by hand.
 */
public final class WorkingDays {

    /** England and Wales: the calendar of the Public Contracts Regulations 2015 (see {@link #forRegime}). */
    public static final WorkingDays ENGLAND_AND_WALES = new WorkingDays(List.of("eng", "wls"));
    /** Any part of the UK: England, Wales, Scotland and Northern Ireland together (Procurement Act 2023). */
    public static final WorkingDays ANY_PART_OF_THE_UK = new WorkingDays(List.of("eng", "wls", "sct", "nir"));

    private static final HolidayManager UK = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private final List<String> parts;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    private WorkingDays(List<String> parts) {
        this.parts = parts;
    }

    /**
     * PCR 2015 counts bank holidays in England and Wales (where this collaborative's procurements are run);
     * PA 2023 defines a working day against bank holidays "in any part of the United Kingdom", so a Scottish or
     * Northern Irish bank holiday also stops the clock.
     */
    public static WorkingDays forRegime(String regime) {
        return "PA_2023".equals(regime) ? ANY_PART_OF_THE_UK : ENGLAND_AND_WALES;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays(date.getYear()).contains(date);
    }

    /** The date itself if it is a working day, otherwise the next one. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** {@code count} working days after {@code date} (0 answers {@link #onOrAfter}). */
    public LocalDate plusWorkingDays(LocalDate date, int count) {
        LocalDate day = onOrAfter(date);
        for (int i = 0; i < count; i++) {
            day = onOrAfter(day.plusDays(1));
        }
        return day;
    }

    /** The date itself if it is a working day, otherwise the one before. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** {@code count} working days before {@code date} (0 answers {@link #onOrBefore}). */
    public LocalDate minusWorkingDays(LocalDate date, int count) {
        LocalDate day = onOrBefore(date);
        for (int i = 0; i < count; i++) {
            day = onOrBefore(day.minusDays(1));
        }
        return day;
    }

    /** The bank holidays of a year in these parts of the UK. */
    public Set<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> {
            Set<LocalDate> dates = new HashSet<>();
            for (String part : parts) {
                // Observances (e.g. New Year's Eve) are not bank holidays and leave the day a working day.
                UK.getHolidays(Year.of(y), part).stream().filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
                        .map(Holiday::getDate).forEach(dates::add);
            }
            return Set.copyOf(dates);
        });
    }
}
