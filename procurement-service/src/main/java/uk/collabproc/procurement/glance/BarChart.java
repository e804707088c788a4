package uk.collabproc.procurement.glance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Horizontal bar charts: one row per organisation or bid, each row one or more bars (before and after, say), each bar
 * one or more stacked segments (quality and price). Bar lengths are proportional to the values on an axis from zero to
 * a round number at least the longest bar, or to a fixed end (a weight out of 100 %).
 */
public final class BarChart {

    static final double WIDTH = 760;
    static final double LABEL_WIDTH = 210;
    static final double CAPTION_WIDTH = 150;
    static final double PLOT_WIDTH = WIDTH - LABEL_WIDTH - CAPTION_WIDTH;
    /** What fits left of the bars at the charts' type size; a longer label ran off the picture's left edge. */
    static final int LABEL_CHARACTERS = 34;
    static final double TOP = 34;
    static final double BAR_HEIGHT = 14;
    static final double BAR_GAP = 3;
    static final double ROW_GAP = 12;
    static final int GRID_STEPS = 4;

    /** A stacked part of a bar; a segment without fill takes room but is not drawn (the offset of a range). */
    public record Segment(String name, double value, String fill) {
    }

    /** {@code marker}, when not null, draws a short upright line at that value (the current weight in a range). */
    public record Bar(List<Segment> segments, String caption, Double marker) {
        public Bar(List<Segment> segments, String caption) {
            this(segments, caption, null);
        }

        double total() {
            return segments.stream().mapToDouble(segment -> Math.max(0, segment.value())).sum();
        }
    }

    public record Row(String label, List<Bar> bars) {
    }

    private BarChart() {
    }

    /** Draws {@code rows} on an axis from zero to a round number at least the longest bar; {@code format} writes its ticks. */
    public static Svg of(String title, List<Row> rows, DoubleFunction<String> format) {
        double longest = rows.stream().flatMap(row -> row.bars().stream()).mapToDouble(Bar::total).max().orElse(0);
        return of(title, rows, LinearScale.niceCeiling(longest), format);
    }

    /** Draws {@code rows} on an axis from zero to {@code axisEnd}. */
    public static Svg of(String title, List<Row> rows, double axisEnd, DoubleFunction<String> format) {
        LinearScale scale = new LinearScale(0, axisEnd, LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH);
        Svg.Builder svg = new Svg.Builder();
        double height = TOP + rows.stream().mapToDouble(BarChart::rowHeight).sum() + 8;
        for (int step = 0; step <= GRID_STEPS; step++) {
            double value = axisEnd * step / GRID_STEPS;
            double x = scale.map(value);
            svg.line(x, TOP - 6, x, height - 8, Svg.LINE, 1, null);
            svg.text(x, TOP - 10, format.apply(value), step == 0 ? "start" : step == GRID_STEPS ? "end" : "middle", Svg.GREY, false);
        }
        legend(rows, svg);
        double y = TOP;
        for (Row row : rows) {
            double rowHeight = rowHeight(row);
            svg.text(LABEL_WIDTH - 8, y + rowHeight / 2 - ROW_GAP / 2 + 4, fitted(row.label()), "end", Svg.INK, false);
            double barY = y;
            for (Bar bar : row.bars()) {
                double x = scale.map(0);
                double sum = 0;
                for (Segment segment : bar.segments()) {
                    double value = Math.max(0, segment.value());
                    double end = scale.map(sum + value);
                    if (segment.fill() != null) {
                        svg.rect(x, barY, end - x, BAR_HEIGHT, segment.fill(), segment.name() + ": " + format.apply(value));
                    }
                    x = end;
                    sum += value;
                }
                if (bar.marker() != null) {
                    double markerX = scale.map(bar.marker());
                    svg.line(markerX, barY - 3, markerX, barY + BAR_HEIGHT + 3, Svg.INK, 2, null);
                }
                if (bar.caption() != null) {
                    svg.text(Math.max(x, bar.marker() == null ? x : scale.map(bar.marker())) + 6, barY + BAR_HEIGHT - 3, bar.caption(),
                            "start", Svg.INK, false);
                }
                barY += BAR_HEIGHT + BAR_GAP;
            }
            y += rowHeight;
        }
        return svg.build(title, WIDTH, height);
    }

    /** The length of {@code value} on an axis of {@code axisEnd}: what a bar of that value is drawn as, in pixels. */
    static double length(double value, double axisEnd) {
        return new LinearScale(0, axisEnd, 0, PLOT_WIDTH).map(value);
    }

    private static double rowHeight(Row row) {
        return row.bars().size() * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + ROW_GAP;
    }

    /** Names the colours when a chart has more than one kind of segment (before and after; quality and price). */
    private static void legend(List<Row> rows, Svg.Builder svg) {
        Map<String, String> kinds = new LinkedHashMap<>();
        rows.forEach(row -> row.bars().forEach(bar -> bar.segments().stream().filter(segment -> segment.fill() != null)
                .forEach(segment -> kinds.putIfAbsent(segment.name(), segment.fill()))));
        if (kinds.size() < 2) {
            return;
        }
        double x = 4;
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            svg.rect(x, 4, 10, 10, kind.getValue(), null);
            svg.text(x + 14, 13, kind.getKey(), "start", Svg.INK, false);
            x += 24 + kind.getKey().length() * 6.5;
        }
    }

    /** The label, shortened to fit with an ellipsis before a closing "(code)", which names the organisation. */
    static String fitted(String label) {
        if (label.length() <= LABEL_CHARACTERS) {
            return label;
        }
        int code = label.endsWith(")") ? label.lastIndexOf(" (") : -1;
        String suffix = code > 0 ? label.substring(code) : "";
        return label.substring(0, Math.max(1, LABEL_CHARACTERS - suffix.length() - 1)).stripTrailing() + "…" + suffix;
    }
}
