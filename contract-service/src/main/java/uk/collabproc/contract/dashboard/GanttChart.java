package uk.collabproc.contract.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import uk.collabproc.contract.dashboard.MigrationDashboard.Blackout;
import uk.collabproc.contract.dashboard.MigrationDashboard.Judged;
import uk.collabproc.contract.dashboard.MigrationDashboard.SiteRow;
import uk.collabproc.contract.milestone.Milestone;

/**
 * The Gantt of a page of sites: a row per site under its organisation, each milestone's forecast (a diamond in its RAG
 * colour; met ones filled dark) against its baseline (a hollow tick), the span from survey to cease as a bar, the change
 * freezes shaded, today as a line, and the cutover's day written at the row's end.
 */
final class GanttChart {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    static final double WIDTH = 1180;
    static final double LABELS = 250;
    static final double CUTOVER_COLUMN = 120;
    static final double ROW = 18;
    static final double GROUP = 22;
    static final double AXIS = 24;
    static final int NEAR_DAYS = 62;

    private GanttChart() {
    }

    static String draw(List<SiteRow> rows, LocalDate from, LocalDate to, LocalDate today, List<Blackout> blackouts, String milestonesApi) {
        if (rows.isEmpty() || from == null) {
            return "";
        }
        // Today widens the axis only when it is near the plan: years away, it would squeeze the plan into a sliver.
        LocalDate start = today.isBefore(from) && !today.isBefore(from.minusDays(NEAR_DAYS)) ? today : from;
        LocalDate end = today.isAfter(to) && !today.isAfter(to.plusDays(NEAR_DAYS)) ? today : to;
        TimeScale scale = TimeScale.fitting(start, end, LABELS, WIDTH - LABELS - CUTOVER_COLUMN);
        long groups = rows.stream().map(r -> r.site().odsCode()).distinct().count();
        double height = AXIS + rows.size() * ROW + groups * GROUP + 4;
        Svg svg = new Svg(WIDTH, height, "Gantt of " + rows.size() + " sites' milestones");

        for (Blackout blackout : blackouts) {
            double x1 = scale.x(blackout.from().isBefore(scale.from()) ? scale.from() : blackout.from());
            double x2 = scale.x((blackout.to().isAfter(scale.to()) ? scale.to() : blackout.to()).plusDays(1));
            if (x2 > x1) {
                svg.rect(x1, AXIS, x2 - x1, height - AXIS, "class=\"blackout\" fill=\"#e5e7eb\"",
                        "Change freeze " + blackout.from() + " to " + blackout.to());
            }
        }
        for (LocalDate month = scale.from(); month.isBefore(scale.to()); month = month.plusMonths(1)) {
            double x = scale.x(month);
            svg.line(x, AXIS - 6, x, height, "stroke=\"#e5e7eb\"");
            svg.text(x + 2, AXIS - 10, MONTH.format(month), "");
        }
        svg.text(LABELS + (WIDTH - LABELS - CUTOVER_COLUMN), AXIS - 10, "Cutover", "class=\"column\"");

        double y = AXIS;
        String group = null;
        for (SiteRow row : rows) {
            if (!row.site().odsCode().equals(group)) {
                group = row.site().odsCode();
                svg.raw("<g class=\"organisation\" data-ods=\"" + Svg.escape(group) + "\">");
                svg.rect(0, y, WIDTH, GROUP, "fill=\"#eef2f7\"");
                svg.text(4, y + 15, group, "font-weight=\"700\"").raw("</g>");
                y += GROUP;
            }
            drawSite(svg, row, y, scale, milestonesApi);
            y += ROW;
        }
        if (scale.covers(today)) {
            double x = scale.x(today);
            svg.line(x, AXIS - 4, x, height, "class=\"today\" stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"");
            svg.text(x + 3, AXIS - 1, "today", "fill=\"#c0392b\"");
        } else {
            boolean before = today.isBefore(scale.from());
            svg.text(before ? LABELS : scale.right() - 150, AXIS - 1,
                    (before ? "← today, " : "today, ") + DAY.format(today) + (before ? "" : " →"),
                    "class=\"today-outside\" fill=\"#c0392b\"");
        }
        return svg.end();
    }

    private static void drawSite(Svg svg, SiteRow row, double y, TimeScale scale, String milestonesApi) {
        String code = row.site().siteCode();
        String cutover = row.cutover().map(DAY::format).orElse("not planned");
        svg.raw("<g class=\"site\" data-site=\"" + Svg.escape(code) + "\" data-ods=\"" + Svg.escape(row.site().odsCode()) + "\" data-rag=\""
                + row.rag() + "\" data-cutover=\"" + row.cutover().map(LocalDate::toString).orElse("") + "\">");
        svg.raw("<title>" + Svg.escape(code + " " + row.site().name() + (row.site().critical() ? " (critical)" : "") + ": " + row.rag()
                + (row.reason().isEmpty() ? "" : ", " + row.reason())) + "</title>");
        svg.raw("<a href=\"" + Svg.escape(milestonesApi + "?siteCode=" + code) + "\">");
        svg.text(14, y + 13, code + " · " + shorten(row.site().name(), 24), "class=\"site-label rag-" + row.rag() + "\"");
        svg.raw("</a>");
        List<Judged> milestones = row.milestones();
        LocalDate first = milestones.stream().map(j -> j.milestone().expected()).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        LocalDate last = milestones.stream().map(j -> j.milestone().expected()).filter(java.util.Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
        if (first != null) {
            svg.rect(scale.x(first), y + 7, scale.x(last) - scale.x(first), 4, "fill=\"#c7d2fe\"");
        }
        for (Judged judged : milestones) {
            SiteMilestone m = judged.milestone();
            if (m.baselineDate() != null) {
                double bx = scale.x(m.baselineDate());
                svg.line(bx, y + 3, bx, y + 15, "class=\"baseline\" stroke=\"#6b7280\" stroke-width=\"1\"");
            }
            if (m.expected() != null) {
                double x = scale.x(m.expected());
                double r = m.type() == Milestone.Type.CUTOVER ? 6 : 4;
                String fill = m.dateMet() != null ? "#1f2937" : colour(judged);
                svg.raw("<path class=\"milestone\" data-type=\"" + m.type() + "\" d=\"M" + Svg.n(x) + " " + Svg.n(y + 9 - r) + " l"
                        + Svg.n(r) + " "
                        + Svg.n(r) + " l-" + Svg.n(r) + " " + Svg.n(r) + " l-" + Svg.n(r) + " -" + Svg.n(r) + "z\" fill=\"" + fill
                        + "\"><title>"
                        + Svg.escape(MigrationDashboard.label(m.type()) + ": " + (m.dateMet() != null ? "met " + DAY.format(m.dateMet())
                                : "forecast " + DAY.format(m.forecastDate()))
                                + (m.baselineDate() != null ? ", baseline " + DAY.format(m.baselineDate()) : "")
                                + (judged.reason().isEmpty() ? "" : " — " + judged.reason()))
                        + "</title></path>");
            }
        }
        svg.text(WIDTH - CUTOVER_COLUMN + 6, y + 13, cutover, "class=\"cutover\"");
        svg.raw("</g>");
    }

    private static String colour(Judged judged) {
        return switch (judged.rag()) {
            case RED -> "#c0392b";
            case AMBER -> "#d68910";
            case GREEN -> "#1e8449";
        };
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
