package uk.collabproc.contract.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import uk.collabproc.contract.dashboard.MigrationDashboard.WeekCutovers;

/** Cutovers per week as bars against the plan's weekly capacity (a line); weeks touching a change freeze shaded; over capacity red. */
final class WeeklyCutoverChart {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);
    static final double HEIGHT = 180;
    static final double LEFT = 36;
    static final double BOTTOM = 30;

    private WeeklyCutoverChart() {
    }

    static String draw(List<WeekCutovers> weeks, Integer capacity) {
        if (weeks.isEmpty()) {
            return "";
        }
        int most = Math.max(capacity == null ? 0 : capacity, weeks.stream().mapToInt(WeekCutovers::cutovers).max().orElse(0));
        double barWidth = Math.max(4, Math.min(24, 1100.0 / weeks.size()));
        double width = LEFT + weeks.size() * barWidth + 10;
        double plot = HEIGHT - BOTTOM - 10;
        double perCutover = most == 0 ? 0 : plot / most;
        Svg svg = new Svg(width, HEIGHT, "Cutovers per week against a capacity of " + capacity);
        svg.text(2, 14, String.valueOf(most), "");
        svg.text(2, HEIGHT - BOTTOM, "0", "");
        int labelEvery = Math.max(1, (int) Math.ceil(60 / barWidth));
        for (int i = 0; i < weeks.size(); i++) {
            WeekCutovers week = weeks.get(i);
            double x = LEFT + i * barWidth;
            if (week.inBlackout()) {
                svg.rect(x, 10, barWidth, plot, "fill=\"#e5e7eb\"");
            }
            double h = week.cutovers() * perCutover;
            boolean over = capacity != null && week.cutovers() > capacity;
            svg.rect(x + 1, HEIGHT - BOTTOM - h, barWidth - 2, h,
                    "class=\"week\" data-week=\"" + week.weekStarting() + "\" data-cutovers=\""
                            + week.cutovers() + "\" fill=\"" + (over ? "#c0392b" : "#005eb8") + "\"",
                    "Week of " + WEEK.format(week.weekStarting()) + ": "
                            + week.cutovers() + " cutovers" + (week.inBlackout() ? " (change freeze)" : ""));
            if (i % labelEvery == 0) {
                svg.text(x, HEIGHT - BOTTOM + 14, WEEK.format(week.weekStarting()), "");
            }
        }
        if (capacity != null) {
            double y = HEIGHT - BOTTOM - capacity * perCutover;
            svg.line(LEFT, y, width, y, "class=\"capacity\" stroke=\"#d68910\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"");
            svg.text(LEFT + 4, y - 3, "capacity " + capacity + " a week", "fill=\"#d68910\"");
        }
        return svg.end();
    }
}
