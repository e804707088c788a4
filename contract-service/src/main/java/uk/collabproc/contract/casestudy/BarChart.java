package uk.collabproc.contract.casestudy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A chart drawn with block boxes only, as the PDF renderer lays out CSS 2.1 and no SVG, flex nor grid: each bar's
 * length is a share of the largest value. Horizontal bars are a width in % of their track; the columns of a monthly
 * trend are a height in points, as table cells do not resolve a height in %.
 */
public record BarChart(List<Bar> bars) {

    /** The tallest column of a trend, in points. */
    static final BigDecimal COLUMN_HEIGHT_PT = new BigDecimal("32");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * One bar: {@code tone} is its CSS class (before, after, baseline, target, latest, month); {@code length} its width
     * in % of the track, or a column's height in points.
     */
    public record Bar(String label, String value, String tone, String length) {
    }

    /** A value to chart, with the text shown beside its bar. */
    public record Value(String label, BigDecimal amount, String shown, String tone) {
    }

    /** Horizontal bars, the largest filling its track. */
    public static BarChart horizontal(List<Value> values) {
        return of(values, HUNDRED);
    }

    /** Columns of a trend, the tallest {@link #COLUMN_HEIGHT_PT} points high. */
    public static BarChart columns(List<Value> values) {
        return of(values, COLUMN_HEIGHT_PT);
    }

    private static BarChart of(List<Value> values, BigDecimal full) {
        BigDecimal largest = values.stream().map(Value::amount).map(BarChart::atLeastZero).reduce(BigDecimal.ZERO, BigDecimal::max);
        return new BarChart(values.stream()
                .map(value -> new Bar(value.label(), value.shown(), value.tone(), length(atLeastZero(value.amount()), largest, full)))
                .toList());
    }

    /** A share of {@code full}, one decimal, written with a full stop whatever the locale (CSS reads it). */
    private static String length(BigDecimal amount, BigDecimal largest, BigDecimal full) {
        BigDecimal length = largest.signum() == 0 ? BigDecimal.ZERO
                : amount.multiply(full).divide(largest, 1, RoundingMode.HALF_UP);
        return length.toPlainString();
    }

    /** A bar cannot be drawn shorter than nothing: a negative amount (a cost that rose, charted as a saving) draws none. */
    private static BigDecimal atLeastZero(BigDecimal amount) {
        return amount.max(BigDecimal.ZERO);
    }
}
