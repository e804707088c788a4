package uk.collabproc.contract.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.collabproc.contract.dashboard.MigrationDashboard.Blackout;
import uk.collabproc.contract.dashboard.MigrationDashboard.Filter;
import uk.collabproc.contract.dashboard.MigrationDashboard.Plan;
import uk.collabproc.contract.dashboard.MigrationDashboard.Site;
import uk.collabproc.contract.dashboard.MigrationDashboard.View;
import uk.collabproc.contract.milestone.Milestone.Status;
import uk.collabproc.contract.milestone.Milestone.Type;
import uk.collabproc.contract.milestone.Rag;

class MigrationDashboardTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 4, 2);
    private static final Plan PLAN = new Plan(2, List.of(new Blackout(LocalDate.of(2018, 4, 16), LocalDate.of(2018, 4, 29))),
            LocalDate.of(2018, 12, 31));
    private static final Filter ALL = new Filter(null, null);

    /** A site's six milestones a week apart from {@code survey}, baselined on those dates. */
    private static List<SiteMilestone> milestones(String site, String ods, LocalDate survey) {
        List<SiteMilestone> six = new ArrayList<>();
        Type[] types = Type.values();
        for (int i = 0; i < types.length; i++) {
            LocalDate date = survey.plusWeeks(i);
            six.add(new SiteMilestone(site, ods, types[i], date, date, null, Status.SCHEDULED));
        }
        return six;
    }

    private static List<SiteMilestone> with(List<SiteMilestone> milestones, Type type, LocalDate forecast, LocalDate met) {
        return milestones.stream().map(m -> m.type() != type ? m
                : new SiteMilestone(m.siteCode(), m.odsCode(), m.type(), m.baselineDate(), forecast, met,
                        met != null ? Status.MET : m.status()))
                .toList();
    }

    @Test
    void aSiteIsAsRedAsItsWorstMilestoneAndSaysWhy() {
        Site site = new Site("RK9-DERRIFORD", "RK9", "Derriford Hospital", true);
        // The survey was due on 26 March and is not met: overdue on 2 April.
        var row = MigrationDashboard.row(site, milestones("RK9-DERRIFORD", "RK9", LocalDate.of(2018, 3, 26)), PLAN.legacyEnd(), TODAY);
        assertEquals(Rag.RED, row.rag());
        assertEquals("Site survey overdue: forecast 2018-03-26, not met (7 days)", row.reason());
    }

    @Test
    void aSlipPastTheBaselineIsAmberWithItsDays() {
        // Surveyed from 9 April, so the cutover's baseline is four weeks later, 7 May.
        List<SiteMilestone> slipped = with(milestones("RH8-EXETER", "RH8", LocalDate.of(2018, 4, 9)), Type.CUTOVER,
                LocalDate.of(2018, 5, 14), null);
        var row = MigrationDashboard.row(new Site("RH8-EXETER", "RH8", "Exeter", false), slipped, PLAN.legacyEnd(), TODAY);
        assertEquals(Rag.AMBER, row.rag());
        assertEquals("Cutover slipped 7 days past its baseline 2018-05-07", row.reason());
        assertEquals(LocalDate.of(2018, 5, 14), row.cutover().orElseThrow());
    }

    @Test
    void aSiteCuttingOverAfterTheLegacyEndIsRed() {
        // Surveyed from 1 December, it cuts over on 29 December: the legacy service ends the day before.
        var row = MigrationDashboard.row(new Site("S", "RK9", "S", false), milestones("S", "RK9", LocalDate.of(2018, 12, 1)),
                LocalDate.of(2018, 12, 28), TODAY);
        assertEquals(Rag.RED, row.rag());
        assertEquals("Cuts over 2018-12-29, not before the legacy service ends on 2018-12-28", row.reason());
    }

    @Test
    void cutoversAreCountedPerWeekEmptyWeeksAndFreezesIncluded() {
        List<SiteMilestone> all = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        // Cutovers four weeks after the survey: Monday 2 April (two sites) and Monday 23 April, in the freeze of 16-29 April.
        for (String code : List.of("A", "B")) {
            sites.add(new Site(code, "RK9", code, false));
            all.addAll(milestones(code, "RK9", LocalDate.of(2018, 3, 5)));
        }
        sites.add(new Site("C", "RH8", "C", false));
        all.addAll(milestones("C", "RH8", LocalDate.of(2018, 3, 26)));
        View view = MigrationDashboard.of(sites, all, PLAN, LocalDate.of(2018, 3, 1), ALL, 0, 100);
        assertEquals(List.of(2, 0, 0, 1), view.weeks().stream().map(MigrationDashboard.WeekCutovers::cutovers).toList());
        assertEquals(List.of(false, false, true, true), view.weeks().stream().map(MigrationDashboard.WeekCutovers::inBlackout).toList());
        assertEquals(2, view.weeklyCapacity());
    }

    @Test
    void filtersCountOnlyTheSitesTheyLetThroughAndPagesSplitThem() {
        List<Site> sites = new ArrayList<>();
        List<SiteMilestone> all = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String code = "S" + i;
            String ods = i < 200 ? "RK9" : "RH8";
            sites.add(new Site(code, ods, code, false));
            all.addAll(milestones(code, ods, LocalDate.of(2018, 4, 9)));
        }
        View rk9 = MigrationDashboard.of(sites, all, PLAN, TODAY, new Filter("RK9", null), 1, 100);
        assertEquals(200, rk9.sites());
        assertEquals(2, rk9.pages());
        assertEquals(101, rk9.firstShown());
        assertEquals(200, rk9.lastShown());
        assertFalse(rk9.hasNext());
        assertTrue(rk9.rows().stream().allMatch(r -> r.site().odsCode().equals("RK9")));
        assertEquals(List.of("RH8", "RK9"), rk9.organisations());

        View red = MigrationDashboard.of(sites, all, PLAN, TODAY, new Filter(null, Rag.RED), 0, 100);
        assertEquals(0, red.sites());
        assertEquals(250, MigrationDashboard.of(sites, all, PLAN, TODAY, ALL, 0, 100).sitesOf("GREEN"));
    }

    @Test
    void theListsHoldTheFirstFiftyAndCountTheRest() {
        List<Site> sites = new ArrayList<>();
        List<SiteMilestone> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String code = "S" + i;
            sites.add(new Site(code, "RK9", code, false));
            all.addAll(with(milestones(code, "RK9", LocalDate.of(2018, 4, 9)), Type.ORDER_PLACED, LocalDate.of(2018, 4, 16).plusDays(i % 7),
                    null));
        }
        View view = MigrationDashboard.of(sites, all, PLAN, TODAY, ALL, 0, 100);
        assertEquals(60 - 60 / 7 - 1, view.slippedTotal(), "a slip of 0 days is no slip");
        assertEquals(MigrationDashboard.LIST_LIMIT, view.slipped().size());
        assertEquals(6, MigrationDashboard.slip(view.slipped().get(0).milestone()), "the longest slips first");
        // Due within 14 days of 2 April, so by 16 April: every survey (9 April), and the orders re-forecast to 16 April (every 7th).
        assertEquals(60 + 9, view.dueSoonTotal());
    }

    @Test
    void metMilestonesAreNeitherDueNorOverdue() {
        List<SiteMilestone> met = with(milestones("S", "RK9", LocalDate.of(2018, 3, 19)), Type.SITE_SURVEY, LocalDate.of(2018, 3, 19),
                LocalDate.of(2018, 3, 19));
        var row = MigrationDashboard.row(new Site("S", "RK9", "S", false), met, null, TODAY);
        assertEquals(Rag.RED, row.rag(), "the order, due 26 March, is overdue");
        assertEquals(Rag.GREEN, row.milestones().get(0).rag());
    }
}
