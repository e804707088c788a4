package uk.collabproc.procurement.glance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import uk.collabproc.common.clock.ServiceClock;

/**
 * The timeline from requirements to contract: phases as bands on a time axis, milestones as ticks with their labels,
 * today as a dashed line. Labels are spread over rows so that two close dates (a tender deadline and the start of
 * evaluation) never print over each other.
 */
public final class TimelineChart {

    static final double WIDTH = 900;
    static final double MARGIN = 24;
    static final double LABEL_ROW = 16;
    static final int LABEL_ROWS = 4;
    static final double AXIS_Y = 40 + LABEL_ROWS * LABEL_ROW;
    static final double HEIGHT = AXIS_Y + 56;
    /** Roughly the width of a character of the chart's 11 px sans-serif font. */
    static final double CHARACTER_WIDTH = 6.2;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** A dated event; a legal one (the tender deadline, the end of standstill) is labelled as such and drawn in red. */
    public record Milestone(String label, Instant at, boolean legal) {
    }

    /** A stretch of time; {@code to} may be null while it runs (until today). */
    public record Phase(String label, Instant from, Instant to, String fill) {
    }

    private TimelineChart() {
    }

    public static Svg of(List<Phase> phases, List<Milestone> milestones, Instant today) {
        LinearScale scale = scale(phases, milestones, today);
        Svg.Builder svg = new Svg.Builder();
        monthTicks(scale, svg);
        svg.line(MARGIN, AXIS_Y, WIDTH - MARGIN, AXIS_Y, Svg.PALE, 1, null);
        for (Phase phase : phases) {
            double from = scale.map(phase.from().toEpochMilli());
            double to = scale.map((phase.to() == null ? today : phase.to()).toEpochMilli());
            svg.rect(from, AXIS_Y - 7, to - from, 14, phase.fill(), phase.label());
            if (to - from > phase.label().length() * CHARACTER_WIDTH + 6) {
                svg.text((from + to) / 2, AXIS_Y + 4, phase.label(), "middle", "#ffffff", false);
            }
        }
        List<Placed> placed = place(milestones.stream().sorted(Comparator.comparing(Milestone::at)).toList(), scale);
        for (Placed label : placed) {
            String colour = label.milestone().legal() ? Svg.RED : Svg.INK;
            double labelY = AXIS_Y - 14 - label.row() * LABEL_ROW;
            svg.line(label.x(), labelY + 3, label.x(), AXIS_Y + 7, colour, label.milestone().legal() ? 2 : 1, null);
            svg.text(label.textX(), labelY, label.text(), label.anchor(), colour, label.milestone().legal());
        }
        double todayX = scale.map(today.toEpochMilli());
        svg.line(todayX, 20, todayX, HEIGHT - 8, Svg.ACCENT, 2, "5 3");
        svg.text(todayX, HEIGHT - 10, "Today, " + day(today), anchor(todayX, ("Today, " + day(today)).length()), Svg.ACCENT, true);
        return svg.build("Timeline from requirements to contract", WIDTH, HEIGHT);
    }

    /** The span drawn: every date and today, with a little room either side. */
    static LinearScale scale(List<Phase> phases, List<Milestone> milestones, Instant today) {
        List<Instant> instants = Stream.concat(Stream.concat(milestones.stream().map(Milestone::at),
                phases.stream().flatMap(phase -> Stream.of(phase.from(), phase.to()))), Stream.of(today)).filter(Objects::nonNull).toList();
        Instant first = instants.stream().min(Comparator.naturalOrder()).orElseThrow();
        Instant last = instants.stream().max(Comparator.naturalOrder()).orElseThrow();
        long span = Math.max(Duration.between(first, last).toMillis(), Duration.ofDays(1).toMillis());
        long pad = span / 25;
        return new LinearScale(first.toEpochMilli() - pad, last.toEpochMilli() + pad, MARGIN, WIDTH - MARGIN);
    }

    /** A milestone's tick and where its label went. */
    record Placed(Milestone milestone, double x, double textX, String text, String anchor, int row) {
        double left() {
            return anchor.equals("start") ? textX : anchor.equals("end") ? textX - width() : textX - width() / 2;
        }

        double right() {
            return left() + width();
        }

        private double width() {
            return text.length() * CHARACTER_WIDTH;
        }
    }

    /**
     * Each label goes in the lowest row where it clears the labels already there; when every row is taken it goes in
     * the row whose last label ends furthest left (the least overlap).
     */
    static List<Placed> place(List<Milestone> sorted, LinearScale scale) {
        List<Placed> placed = new ArrayList<>();
        double[] rowEnds = new double[LABEL_ROWS];
        java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        for (Milestone milestone : sorted) {
            double x = scale.map(milestone.at().toEpochMilli());
            String text = milestone.label() + (milestone.legal() ? " (legal)" : "") + ", " + day(milestone.at());
            String anchor = anchor(x, text.length());
            Placed candidate = new Placed(milestone, x, x, text, anchor, 0);
            int row = 0;
            while (row < LABEL_ROWS && rowEnds[row] + 8 > candidate.left()) {
                row++;
            }
            if (row == LABEL_ROWS) {
                row = 0;
                for (int r = 1; r < LABEL_ROWS; r++) {
                    row = rowEnds[r] < rowEnds[row] ? r : row;
                }
            }
            Placed label = new Placed(milestone, x, x, text, anchor, row);
            rowEnds[row] = label.right();
            placed.add(label);
        }
        return placed;
    }

    /** A label near either edge grows inwards, so that it stays inside the chart. */
    static String anchor(double x, int characters) {
        double half = characters * CHARACTER_WIDTH / 2;
        return x - half < 0 ? "start" : x + half > WIDTH ? "end" : "middle";
    }

    /** A tick at the start of each month, labelled every month or, over a longer span, every few months. */
    private static void monthTicks(LinearScale scale, Svg.Builder svg) {
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochMilli((long) scale.domainMin()), ServiceClock.UK);
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochMilli((long) scale.domainMax()), ServiceClock.UK);
        long months = YearMonth.from(first).until(YearMonth.from(last), java.time.temporal.ChronoUnit.MONTHS) + 1;
        long every = Math.max(1, (months + 11) / 12);
        YearMonth month = YearMonth.from(first).plusMonths(1);
        for (int i = 0; !month.isAfter(YearMonth.from(last)); i++, month = month.plusMonths(1)) {
            double x = scale.map(month.atDay(1).atStartOfDay(ServiceClock.UK).toInstant().toEpochMilli());
            svg.line(x, AXIS_Y + 8, x, AXIS_Y + 14, Svg.PALE, 1, null);
            if (i % every == 0) {
                svg.text(x, AXIS_Y + 26, month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK)), "middle", Svg.GREY, false);
            }
        }
    }

    static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ServiceClock.UK).format(DAY);
    }
}
