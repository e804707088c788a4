package uk.collabproc.contract.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Days to pixels: {@code from} at {@code left}, each day {@code pixelsPerDay} further right. */
record TimeScale(LocalDate from, LocalDate to, double left, double pixelsPerDay) {

    /** A scale fitting {@code from}..{@code to} (widened to whole months, so that month ticks frame it) into {@code width} pixels. */
    static TimeScale fitting(LocalDate from, LocalDate to, double left, double width) {
        LocalDate start = from.withDayOfMonth(1);
        LocalDate end = to.withDayOfMonth(1).plusMonths(1);
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        return new TimeScale(start, end, left, width / days);
    }

    double x(LocalDate day) {
        return left + ChronoUnit.DAYS.between(from, day) * pixelsPerDay;
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    double right() {
        return x(to);
    }
}
