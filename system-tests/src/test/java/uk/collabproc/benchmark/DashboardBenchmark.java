package uk.collabproc.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

import uk.collabproc.system.Browser;
import uk.collabproc.system.DevonCollaborative;
import uk.collabproc.system.Http;
import uk.collabproc.system.PackagedSuite;
import uk.collabproc.testsupport.DevTokens;

/**
 * First paint of the migration dashboard in Chromium, for the growth region's contract of 20,000 sites, whole and filtered
 * to its organisation of 10,000, and for the Devon Collaborative's 60 sites: the first open after the data changed (the
 * dashboard's facts read from the database: the region's 120,000 milestones for its first row, Devon's 360 for its own)
 * and the median of the opens after it (facts kept until the next change). Each browser context first opens the list of
 * contracts, so that neither starting Chromium's renderer nor contract-service's first page is counted. Figures, not a
 * test. After ./mvnw install -DskipTests, with no local suite running:
 *
 * <pre>
 * ./mvnw -pl system-tests exec:java -Dexec.mainClass=uk.collabproc.benchmark.DashboardBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class DashboardBenchmark {

    private static final int OPENS = Integer.getInteger("benchmark.opens", 7);

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (PackagedSuite packaged = PackagedSuite.start("dashboard-benchmark")) {
            DevonCollaborative.Suite suite = packaged.urls();
            String devon = LoadBenchmark.planned(suite, DevonCollaborative.replay(suite));
            GrowthRegion.load(suite);
            String projectManager = DevTokens.projectManager(GrowthRegion.LEAD);
            String region = Http.get(suite.contract() + "/api/v1/contracts", projectManager).expect(200).json().get(0).get("id").asText();
            DevonCollaborative.clocks(suite, "2018-04-16T09:00:00Z");
            try (Browser browser = Browser.start()) {
                System.out.printf("%nThe migration dashboard's first contentful paint in Chromium (%d opens after the first)%n", OPENS);
                System.out.printf("%-48s %12s %12s %14s %12s%n", "dashboard", "first ms", "first byte", "median ms", "HTML KiB");
                String dashboard = suite.contract() + "/dashboard/contracts/" + region;
                measure(browser, "growth region, 20,000 sites", dashboard, projectManager);
                measure(browser, "growth region, one organisation's 10,000 sites", dashboard + "?org=" + GrowthRegion.BULK_ORGANISATION,
                        projectManager);
                measure(browser, "Devon Collaborative, 60 sites", suite.contract() + "/dashboard/contracts/" + devon,
                        DevonCollaborative.PROJECT_MANAGER);
            }
        }
    }

    private static void measure(Browser browser, String label, String url, String token) {
        BrowserContext context = browser.newContext();
        context.addCookies(List.of(new Cookie("collab_token", token).setDomain("localhost").setPath("/")));
        Page page = context.newPage();
        browser.open(page, url.substring(0, url.indexOf("/dashboard/")) + "/dashboard");
        Browser.FirstPaint cold = browser.open(page, url);
        double first = cold.firstContentfulPaint();
        int sites = page.locator("svg g.site").count();
        if (sites == 0) {
            throw new IllegalStateException(label + ": the dashboard drew no site; " + page.url());
        }
        List<Double> paints = new ArrayList<>();
        for (int i = 0; i < OPENS; i++) {
            paints.add(browser.open(page, url).firstContentfulPaint());
        }
        Collections.sort(paints);
        System.out.printf("%-48s %12.0f %12.0f %14.0f %12.0f   (%d sites drawn on its first page)%n", label, first, cold.responseStart(),
                paints.get(paints.size() / 2),
                page.content().length() / 1024.0, sites);
    }
}
