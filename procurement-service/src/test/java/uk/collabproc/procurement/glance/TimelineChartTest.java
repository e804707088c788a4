package uk.collabproc.procurement.glance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineChartTest {

    private static final Instant DEADLINE = Instant.parse("2017-11-06T12:00:00Z");

    @Test
    void datesAreSpreadInProportionToTheTimeBetweenThem() {
        Instant start = Instant.parse("2017-08-01T00:00:00Z");
        Instant end = Instant.parse("2017-12-31T00:00:00Z");
        LinearScale scale = TimelineChart.scale(List.of(new TimelineChart.Phase("p", start, end, "#000")), List.of(), start);
        double middle = scale.map(start.plusMillis((end.toEpochMilli() - start.toEpochMilli()) / 2).toEpochMilli());
        assertEquals((scale.map(start.toEpochMilli()) + scale.map(end.toEpochMilli())) / 2, middle, 0.01);
        assertTrue(scale.map(start.toEpochMilli()) > TimelineChart.MARGIN, "room is left before the first date");
        assertTrue(scale.map(end.toEpochMilli()) < TimelineChart.WIDTH - TimelineChart.MARGIN, "and after the last");
    }

    @Test
    void todayIsOnTheScaleEvenAfterEveryDate() {
        Instant today = Instant.parse("2018-03-05T09:00:00Z");
        Svg svg = TimelineChart.of(List.of(), List.of(new TimelineChart.Milestone("Tender deadline", DEADLINE, true)), today);
        LinearScale scale = TimelineChart.scale(List.of(), List.of(new TimelineChart.Milestone("Tender deadline", DEADLINE, true)), today);
        double todayX = Svg.round(scale.map(today.toEpochMilli()));
        assertTrue(svg.lines().stream().anyMatch(line -> "5 3".equals(line.dash()) && line.x1() == todayX));
        assertTrue(svg.texts().stream().anyMatch(text -> text.text().equals("Today, 5 Mar 2018")));
    }

    @Test
    void legalDatesAreLabelledAsSuchInRed() {
        Svg svg = TimelineChart.of(List.of(), List.of(new TimelineChart.Milestone("Tender deadline", DEADLINE, true),
                new TimelineChart.Milestone("Tender published", Instant.parse("2017-10-02T09:00:00Z"), false)), DEADLINE);
        Svg.Text legal = svg.texts().stream().filter(text -> text.text().startsWith("Tender deadline")).findFirst().orElseThrow();
        assertEquals("Tender deadline (legal), 6 Nov 2017", legal.text());
        assertEquals(Svg.RED, legal.fill());
        assertTrue(legal.bold());
    }

    @Test
    void labelsOfCloseDatesGoInDifferentRowsSoTheyDoNotOverlap() {
        LinearScale scale = new LinearScale(DEADLINE.toEpochMilli() - 86_400_000L * 100, DEADLINE.toEpochMilli() + 86_400_000L * 100,
                TimelineChart.MARGIN, TimelineChart.WIDTH - TimelineChart.MARGIN);
        List<TimelineChart.Placed> placed = TimelineChart.place(List.of(new TimelineChart.Milestone("Tender deadline", DEADLINE, true),
                new TimelineChart.Milestone("Award decision", DEADLINE.plusSeconds(86_400), false),
                new TimelineChart.Milestone("Standstill ends", DEADLINE.plusSeconds(86_400 * 60), true)), scale);
        assertEquals(0, placed.get(0).row());
        assertEquals(1, placed.get(1).row());
        assertEquals(0, placed.get(2).row(), "a date far enough away goes back to the first row");
        assertTrue(placed.get(0).right() < placed.get(2).left());
    }

    @Test
    void aLabelNearAnEdgeGrowsInwards() {
        assertEquals("start", TimelineChart.anchor(10, 20));
        assertEquals("end", TimelineChart.anchor(TimelineChart.WIDTH - 10, 20));
        assertEquals("middle", TimelineChart.anchor(TimelineChart.WIDTH / 2, 20));
    }
}
