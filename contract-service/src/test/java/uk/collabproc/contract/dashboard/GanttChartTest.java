package uk.collabproc.contract.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import uk.collabproc.contract.dashboard.MigrationDashboard.Blackout;
import uk.collabproc.contract.dashboard.MigrationDashboard.Site;
import uk.collabproc.contract.dashboard.MigrationDashboard.SiteRow;
import uk.collabproc.contract.milestone.Milestone.Status;
import uk.collabproc.contract.milestone.Milestone.Type;

class GanttChartTest {

    private static SiteRow row(String code, String ods, String name, LocalDate survey) {
        List<SiteMilestone> six = new ArrayList<>();
        for (Type type : Type.values()) {
            LocalDate date = survey.plusWeeks(type.ordinal());
            six.add(new SiteMilestone(code, ods, type, date, date, null, Status.SCHEDULED));
        }
        return MigrationDashboard.row(new Site(code, ods, name, false), six, null, LocalDate.of(2018, 3, 1));
    }

    private static int count(String svg, String pattern) {
        return (int) Pattern.compile(pattern).matcher(svg).results().count();
    }

    @Test
    void drawsARowPerSiteUnderItsOrganisationWithSixMilestonesAndTheCutoverDay() {
        List<SiteRow> rows = List.of(row("RK9-DERRIFORD", "RK9", "Derriford", LocalDate.of(2018, 3, 5)),
                row("RK9-MOUNTGOULD", "RK9", "Mount Gould", LocalDate.of(2018, 3, 12)),
                row("RH8-EXETER", "RH8", "Exeter", LocalDate.of(2018, 3, 5)));
        String svg = GanttChart.draw(rows, LocalDate.of(2018, 3, 5), LocalDate.of(2018, 4, 16), LocalDate.of(2018, 3, 20),
                List.of(new Blackout(LocalDate.of(2018, 4, 2), LocalDate.of(2018, 4, 8))), "/api/v1/contracts/c/milestones");
        assertEquals(3, count(svg, "<g class=\"site\""));
        assertEquals(2, count(svg, "<g class=\"organisation\""));
        assertEquals(18, count(svg, "class=\"milestone\""));
        assertEquals(18, count(svg, "class=\"baseline\""));
        assertEquals(1, count(svg, "class=\"today\""));
        assertEquals(1, count(svg, "class=\"blackout\""));
        // Derriford's cutover: the survey on Monday 5 March plus four weeks.
        assertTrue(svg.contains("data-cutover=\"2018-04-02\""), svg);
        assertTrue(svg.contains(">Mon 2 Apr 2018</text>"));
        assertTrue(svg.contains("href=\"/api/v1/contracts/c/milestones?siteCode=RK9-DERRIFORD\""));
    }

    @Test
    void aTodayFarFromThePlanIsNamedAtTheEdgeRatherThanStretchingTheAxis() {
        String svg = GanttChart.draw(List.of(row("X-1", "RK9", "X", LocalDate.of(2018, 3, 5))), LocalDate.of(2018, 3, 5),
                LocalDate.of(2018, 4, 16), LocalDate.of(2026, 12, 6), List.of(), "/m");
        assertEquals(0, count(svg, "class=\"today\""));
        assertTrue(svg.contains("today, Sun 6 Dec 2026 →"));
        assertFalse(svg.contains("Jun 18"), "the axis ends with the plan's month");
    }

    @Test
    void namesFromTheDataAreEscaped() {
        String svg = GanttChart.draw(List.of(row("X-1", "RK9", "<script>alert('x')</script> & Co", LocalDate.of(2018, 3, 5))),
                LocalDate.of(2018, 3, 5), LocalDate.of(2018, 4, 16), LocalDate.of(2018, 3, 20), List.of(), "/m");
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"));
    }

    @Test
    void aTimeScaleSpansWholeMonths() {
        TimeScale scale = TimeScale.fitting(LocalDate.of(2018, 3, 5), LocalDate.of(2018, 4, 16), 100, 610);
        assertEquals(LocalDate.of(2018, 3, 1), scale.from());
        assertEquals(LocalDate.of(2018, 5, 1), scale.to());
        assertEquals(100, scale.x(LocalDate.of(2018, 3, 1)));
        assertEquals(710, scale.right(), 1e-9);
        assertEquals(10, scale.pixelsPerDay(), 1e-9);
    }

    @Test
    void weeksOverCapacityAreRed() {
        String svg = WeeklyCutoverChart.draw(List.of(new MigrationDashboard.WeekCutovers(LocalDate.of(2018, 4, 9), 3, false),
                new MigrationDashboard.WeekCutovers(LocalDate.of(2018, 4, 16), 0, true),
                new MigrationDashboard.WeekCutovers(LocalDate.of(2018, 4, 23), 2, false)), 2);
        assertEquals(3, count(svg, "class=\"week\""));
        assertEquals(1, count(svg, "fill=\"#c0392b\""));
        assertEquals(1, count(svg, "class=\"capacity\""));
    }
}
