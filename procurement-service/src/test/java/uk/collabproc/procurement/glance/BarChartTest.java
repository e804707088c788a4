package uk.collabproc.procurement.glance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    private static BarChart.Row row(String label, double... values) {
        return new BarChart.Row(label, java.util.Arrays.stream(values)
                .mapToObj(value -> new BarChart.Bar(List.of(new BarChart.Segment("v", value, "#000")), String.valueOf(value))).toList());
    }

    private static List<Svg.Rect> bars(Svg svg) {
        return svg.rects().stream().filter(rect -> rect.tooltip() != null).toList();
    }

    @Test
    void barsAreAsLongAsTheirValueOnAnAxisEndingAtARoundNumber() {
        Svg svg = BarChart.of("t", List.of(row("A", 1000), row("B", 500), row("C", 0)), Format::count);
        List<Svg.Rect> bars = bars(svg);
        // 1,000 is round already: the longest bar fills the plot, half of it half the plot, nothing nothing.
        assertEquals(BarChart.PLOT_WIDTH, bars.get(0).width(), 0.1);
        assertEquals(BarChart.PLOT_WIDTH / 2, bars.get(1).width(), 0.1);
        assertEquals(0, bars.get(2).width());
        assertTrue(bars.stream().allMatch(bar -> bar.x() == BarChart.LABEL_WIDTH));
    }

    @Test
    void theLongestBarOfAnAwkwardValueStopsShortOfTheRoundAxisEnd() {
        List<Svg.Rect> bars = bars(BarChart.of("t", List.of(row("A", 31_000)), Format::pounds));
        assertEquals(BarChart.length(31_000, 50_000), bars.get(0).width(), 0.1);
        assertEquals(Svg.round(BarChart.PLOT_WIDTH * 0.62), bars.get(0).width(), 0.1);
    }

    @Test
    void stackedSegmentsFollowEachOtherAndAddUp() {
        Svg svg = BarChart.of("t", List.of(new BarChart.Row("Bid", List.of(new BarChart.Bar(List.of(
                new BarChart.Segment("Quality", 40, "#00f"), new BarChart.Segment("Price", 44.1, "#0f0")), "total 84.10")))), 100,
                Format::count);
        List<Svg.Rect> bars = bars(svg);
        assertEquals(BarChart.length(40, 100), bars.get(0).width(), 0.1);
        assertEquals(bars.get(0).x() + bars.get(0).width(), bars.get(1).x(), 0.1);
        assertEquals(BarChart.length(84.1, 100), bars.get(0).width() + bars.get(1).width(), 0.2);
    }

    @Test
    void aSegmentWithoutFillTakesRoomWithoutBeingDrawn() {
        Svg svg = BarChart.of("t", List.of(new BarChart.Row("PRICE", List.of(new BarChart.Bar(List.of(
                new BarChart.Segment("Below", 30, null), new BarChart.Segment("Holds", 25, "#0f0")), "30–55 %", 40.0)))), 100,
                Format::percent);
        List<Svg.Rect> bars = bars(svg);
        assertEquals(1, bars.size());
        assertEquals(BarChart.LABEL_WIDTH + BarChart.length(30, 100), bars.get(0).x(), 0.1);
        assertEquals(BarChart.length(25, 100), bars.get(0).width(), 0.1);
        // The marker of the current weight stands at 40 %.
        double marker = BarChart.LABEL_WIDTH + BarChart.length(40, 100);
        assertTrue(svg.lines().stream().anyMatch(line -> Math.abs(line.x1() - marker) < 0.1 && line.strokeWidth() == 2));
    }

    @Test
    void groupedBarsOfARowStandOneBelowTheOther() {
        List<Svg.Rect> bars = bars(BarChart.of("t", List.of(row("A", 100, 400)), Format::mbps));
        assertEquals(bars.get(0).y() + BarChart.BAR_HEIGHT + BarChart.BAR_GAP, bars.get(1).y(), 0.1);
        assertEquals(bars.get(0).width() * 4, bars.get(1).width(), 0.2);
    }

    @Test
    void aLongLabelIsShortenedKeepingTheOrganisationsCode() {
        assertEquals("NHS Northern, Eastern and W… (99P)", BarChart.fitted("NHS Northern, Eastern and Western Devon CCG (99P)"));
        assertEquals(BarChart.LABEL_CHARACTERS, BarChart.fitted("NHS Northern, Eastern and Western Devon CCG (99P)").length());
        assertEquals("Rowcroft Hospice (HSPT1)", BarChart.fitted("Rowcroft Hospice (HSPT1)"));
        assertEquals("A very long label without any cod…", BarChart.fitted("A very long label without any code at its end"));
    }
}
