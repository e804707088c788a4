package uk.collabproc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.system.DevonCollaborative.OFFICER;
import static uk.collabproc.system.DevonCollaborative.PROJECT_MANAGER;
import static uk.collabproc.system.Http.get;
import static uk.collabproc.system.Http.post;
import static uk.collabproc.system.Http.put;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;

import uk.collabproc.system.DevonCollaborative.Replay;
import uk.collabproc.system.DevonCollaborative.Suite;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.PdfText;

/**
 * The Devon Collaborative end to end, through the public APIs of the three packaged services: requirements,
 * tender, eight bids, evaluation, award (with supplier-service down once), contract, migration plan (with
 * contract-service restarted while it solves), benefits, OCDS and every member's view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevonCollaborativeIT {

    private static final Duration READY_WITHIN = PackagedSuite.READY_WITHIN;

    private PackagedSuite packaged;
    private Suite suite;
    private Replay replay;
    private String contractId;

    @BeforeAll
    void startTheSuite() throws Exception {
        packaged = PackagedSuite.start("devon");
        suite = packaged.urls();
    }

    @AfterAll
    void stopTheSuite() throws Exception {
        packaged.close();
    }

    @Test
    @Order(1)
    void eightBidsAreEvaluatedAndMllTelecomRanksFirst() {
        replay = DevonCollaborative.replay(suite);

        JsonNode ranking = get(suite.supplier() + "/api/v1/procurements/" + replay.procurementId() + "/ranking", OFFICER).expect(200)
                .json();
        assertEquals(8, ranking.size());
        assertEquals(DevonCollaborative.MLL, ranking.get(0).get("supplierName").asText());
        assertEquals(1, ranking.get(0).get("rank").asInt());
        assertEquals(new BigDecimal("88.00"), ranking.get(0).get("totalScore").decimalValue());
        JsonNode notCnSp = entry(ranking, DevonCollaborative.NOT_CN_SP);
        assertEquals("DISQUALIFIED", notCnSp.get("status").asText());
        assertTrue(notCnSp.get("reasons").toString().contains("CN-SP"), notCnSp.toString());
        JsonNode abnormallyLow = entry(ranking, DevonCollaborative.ABNORMALLY_LOW);
        assertEquals("DISQUALIFIED", abnormallyLow.get("status").asText());
        assertTrue(abnormallyLow.get("abnormallyLow").asBoolean());
        assertTrue(abnormallyLow.get("reasons").toString().contains("Abnormally low price rejected after review"));

        // Carol declared a conflict with Tamar Connect: she never sees its bid.
        String tamarBid = replay.bidIds().get(DevonCollaborative.CONFLICTED_SUPPLIER);
        assertEquals(404, get(suite.supplier() + "/api/v1/procurements/" + replay.procurementId() + "/bids/" + tamarBid,
                DevTokens.evaluator("eval-carol")).status());
        // A supplier never sees another's bid.
        assertEquals(404, get(suite.supplier() + "/api/v1/procurements/" + replay.procurementId() + "/bids/" + tamarBid,
                DevTokens.supplier(replay.supplierIds().get(DevonCollaborative.MLL))).status());
    }

    @Test
    @Order(2)
    void whileSupplierServiceIsDownTheAwardAnswers503AndStoresNothingThenSucceeds() throws Exception {
        DevonCollaborative.clocks(suite, "2017-12-04T10:00:00Z");
        packaged.supplier.stop();
        Http.Answer refused = post(suite.contract() + "/api/v1/awards", OFFICER,
                Map.of("procurementId", replay.procurementId(), "decisionDate", "2017-12-04"));
        assertEquals(503, refused.status(), refused.body());
        assertTrue(refused.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("0",
                get(suite.contract() + "/api/v1/awards", OFFICER).expect(200).raw().headers().firstValue("X-Total-Count").orElseThrow());

        packaged.supplier.start().awaitReady(READY_WITHIN);
        String[] awardAndContract = DevonCollaborative.awardAndContract(suite, replay.procurementId());
        JsonNode award = get(suite.contract() + "/api/v1/awards/" + awardAndContract[0], OFFICER).expect(200).json();
        assertEquals(DevonCollaborative.MLL, award.get("supplierName").asText());
        assertEquals("2017-12-15T00:00:00Z", award.get("standstillEndsAt").asText());
        assertEquals("CONCLUDED", award.get("status").asText());
        contractId = awardAndContract[1];
        JsonNode concluded = get(suite.contract() + "/api/v1/contracts/" + contractId, OFFICER).expect(200).json();
        assertEquals(new BigDecimal("1585050.00"), concluded.get("value").decimalValue(), "MLL's evaluated price over five years");
        assertEquals("CONTRACTED", get(suite.procurement() + "/api/v1/procurements/" + replay.procurementId(), OFFICER).expect(200)
                .json().get("status").asText());
        // The losing bidders may now read their award decision letters.
        String dartmoor = replay.supplierIds().get("Dartmoor Networks Ltd");
        JsonNode letter = get(suite.supplier() + "/api/v1/procurements/" + replay.procurementId() + "/bids/"
                + replay.bidIds().get("Dartmoor Networks Ltd") + "/assessment-summary", DevTokens.supplier(dartmoor)).expect(200).json();
        assertEquals("AWARD_DECISION_LETTER", letter.get("document").asText());
        assertEquals(DevonCollaborative.MLL, letter.get("winnerName").asText());
    }

    @Test
    @Order(3)
    void thePlanSurvivesARestartOfContractServiceWhileItSolves() throws Exception {
        String plan = suite.contract() + "/api/v1/contracts/" + contractId + "/migration-plan";
        assertEquals("SOLVING", put(plan, PROJECT_MANAGER, DevonCollaborative.planParameters()).expect(202).json().get("status").asText());
        packaged.contract.stop();
        packaged.contract.start().awaitReady(READY_WITHIN);

        JsonNode ready = DevonCollaborative.awaitPlanReady(plan, PROJECT_MANAGER, Duration.ofSeconds(60));
        assertEquals(0, ready.get("hardViolations").asInt());
        assertEquals(0, ready.get("lateSites").size());
        assertTrue(ready.get("lastCutover").asText().compareTo(ready.get("lowerBound").asText()) >= 0);
        int sites = DevonCollaborative.siteCount();
        assertEquals(String.valueOf(6 * sites), get(suite.contract() + "/api/v1/contracts/" + contractId + "/milestones", PROJECT_MANAGER)
                .expect(200).raw().headers().firstValue("X-Total-Count").orElseThrow());
        JsonNode derriford = get(suite.contract() + "/api/v1/contracts/" + contractId + "/milestones?siteCode=RK9-DERRIFORD&type=CUTOVER",
                PROJECT_MANAGER).expect(200).json().get(0);
        int weekday = java.time.LocalDate.parse(derriford.get("forecastDate").asText()).getDayOfWeek().getValue();
        assertTrue(weekday >= 6, "Derriford is critical: it cuts over at a weekend");
        // Two cutovers a week from June cannot finish 60 sites before Christmas: the winter change freeze shapes the plan.
        java.util.Map<String, Integer> cutovers = new java.util.TreeMap<>();
        get(suite.contract() + "/api/v1/contracts/" + contractId + "/milestones?type=CUTOVER&size=500", PROJECT_MANAGER).expect(200).json()
                .forEach(cutover -> {
                    String day = cutover.get("forecastDate").asText();
                    String when = day.compareTo("2018-12-17") < 0 ? "before" : day.compareTo("2019-01-04") <= 0 ? "during" : "after";
                    cutovers.merge(when, 1, Integer::sum);
                });
        assertEquals(null, cutovers.get("during"), "no cutover in the winter change freeze: " + cutovers);
        assertTrue(cutovers.getOrDefault("after", 0) > 0 && cutovers.getOrDefault("before", 0) > 0,
                "the cutovers pause over the freeze and resume in January: " + cutovers);
    }

    @Test
    @Order(4)
    void plymouthSavesAQuarterAYearAndEachMemberSeesOnlyItsOwn() {
        String benefits = suite.contract() + "/api/v1/contracts/" + contractId + "/benefits";
        JsonNode plymouth = get(benefits, DevTokens.member("RK9")).expect(200).json().get("organisations");
        assertEquals(1, plymouth.size());
        assertEquals(new BigDecimal("31000.00"), plymouth.get(0).get("legacyAnnualCost").decimalValue());
        assertEquals(new BigDecimal("23000.00"), plymouth.get(0).get("newAnnualCost").decimalValue());
        assertEquals(new BigDecimal("25.8"), plymouth.get(0).get("annualSavingPercent").decimalValue());
        assertEquals(new BigDecimal("20.6"), plymouth.get(0).get("termSavingPercent").decimalValue());
        assertEquals(new BigDecimal("10.0"), plymouth.get(0).get("bandwidthRatio").decimalValue());
        assertEquals(new BigDecimal("193.75"), plymouth.get(0).get("legacyCostPerMbps").decimalValue());
        assertEquals(new BigDecimal("14.38"), plymouth.get(0).get("newCostPerMbps").decimalValue());
        JsonNode everyMember = get(benefits, OFFICER).expect(200).json().get("organisations");
        assertEquals(10, everyMember.size());
        List<String> saving = new ArrayList<>();
        everyMember.forEach(member -> {
            if (member.get("annualSaving").decimalValue().signum() > 0) {
                saving.add(member.get("odsCode").asText());
            }
            assertTrue(member.get("newCostPerMbps").decimalValue().compareTo(member.get("legacyCostPerMbps").decimalValue()) < 0,
                    member.get("odsCode").asText() + " buys each Mbps cheaper");
        });
        assertEquals(List.of("99P", "99Q", "RA9", "RBZ", "RH8", "RK9", "RWV", "NQ5").stream().sorted().toList(), saving,
                "every member but the two hospices saves a year");

        for (DevonCollaborative.Member member : DevonCollaborative.MEMBERS) {
            String token = DevTokens.member(member.odsCode());
            JsonNode milestones = get(suite.contract() + "/api/v1/contracts/" + contractId + "/milestones?size=500", token).expect(200)
                    .json();
            List<String> organisations = new ArrayList<>();
            milestones.forEach(m -> organisations.add(m.get("odsCode").asText()));
            assertEquals(6 * member.sites(), organisations.size(), member.odsCode());
            assertTrue(organisations.stream().allMatch(member.odsCode()::equals), member.odsCode() + " sees its own milestones only");
            JsonNode own = get(benefits, token).expect(200).json().get("organisations");
            assertEquals(1, own.size());
            assertEquals(member.odsCode(), own.get(0).get("odsCode").asText());
            assertTrue(get(suite.contract() + "/api/v1/contracts/" + contractId + "/milestones.ics", token).expect(200).body()
                    .split("BEGIN:VEVENT").length - 1 == 6 * member.sites(), member.odsCode() + "'s calendar");
        }
        assertEquals(404, get(suite.procurement() + "/api/v1/organisations/RK9/sites", DevTokens.member("RH8")).status(),
                "another organisation's sites do not exist for a member");
        JsonNode rh8Contracts = get(suite.contract() + "/api/v1/contracts?reference=" + DevonCollaborative.REFERENCE,
                DevTokens.member("RH8")).expect(200).json();
        assertEquals(List.of(contractId), rh8Contracts.findValuesAsText("id"),
                "the member of RH8 finds its contract by the procurement's reference");

        String ocdsUri = suite.contract() + "/api/v1/contracts/" + contractId + "/ocds";
        JsonNode release = get(ocdsUri, PROJECT_MANAGER).expect(200).json().get("releases").get(0);
        assertEquals("active", release.get("awards").get(0).get("status").asText());
        assertEquals(DevonCollaborative.MLL, release.get("awards").get(0).get("suppliers").get(0).get("name").asText());
        assertEquals(6 * DevonCollaborative.siteCount(), release.get("contracts").get(0).get("implementation").get("milestones").size());
        // Site-level milestones go only to those entitled to them (issue 17): a member its own sites', the public the programme.
        int rh8Sites = DevonCollaborative.MEMBERS.stream().filter(member -> member.odsCode().equals("RH8")).findFirst().orElseThrow()
                .sites();
        assertEquals(6 * rh8Sites, get(ocdsUri, DevTokens.member("RH8")).expect(200).json().get("releases").get(0).get("contracts").get(0)
                .get("implementation").get("milestones").size());
        Http.Answer asSupplier = get(ocdsUri, DevTokens.supplier(UUID.randomUUID().toString())).expect(200);
        assertEquals(6, asSupplier.json().get("releases").get(0).get("contracts").get(0).get("implementation").get("milestones").size());
        assertFalse(asSupplier.body().contains("RK9-") || asSupplier.body().contains("RH8-"), "no site code in the public export");

        // Issue 16: the legal notices of a PCR 2015 procurement, published by procurement-service with the changes they report.
        Http.Answer notices = get(suite.procurement() + "/api/v1/notices?procurementId=" + replay.procurementId(),
                DevTokens.supplier(UUID.randomUUID().toString())).expect(200);
        List<String> codes = new ArrayList<>();
        notices.json().forEach(notice -> codes.add(notice.get("code").asText()));
        assertEquals(List.of("F02", "F03"), codes, "the contract notice at publication, the contract award notice after the contract");
        JsonNode awardNotice = notices.json().get(1).get("release");
        assertEquals(DevonCollaborative.MLL, awardNotice.get("awards").get(0).get("suppliers").get(0).get("name").asText());
        assertEquals("2017-12-04", awardNotice.get("awards").get(0).get("date").asText());
        assertEquals(contractId, awardNotice.get("contracts").get(0).get("id").asText());
        assertEquals(DevonCollaborative.MEMBERS.size(), awardNotice.get("parties").size() - 1, "every member a buyer, and the supplier");
        assertFalse(notices.body().contains("RK9-") || notices.body().contains("RH8-") || notices.body().contains("PL6 8DH"),
                "no site code or postcode in a public notice");
    }

    /**
     * What people see in a real browser (Chromium, driven by Playwright): the project manager signs in as a persona of the
     * demo on the way to the migration dashboard, which draws all 60 sites, Derriford cutting over at a weekend; the member
     * of RH8 sees RH8's sites only. Screenshots go to target/screenshots/.
     */
    @Test
    @Order(5)
    void theMigrationDashboardShowsEverySiteAndAMemberOnlyItsOwn() {
        // Six weeks into the migration, after the Easter freeze: some sites surveyed, the first cutovers near.
        DevonCollaborative.clocks(suite, "2018-04-16T09:00:00Z");
        String dashboard = suite.contract() + "/dashboard/contracts/" + contractId;
        try (Browser browser = Browser.start()) {
            Page manager = browser.newPage();
            manager.navigate(dashboard);
            assertTrue(manager.url().startsWith(suite.contract() + "/sign-in"), manager.url());
            manager.getByText("Project manager of RK9").click();
            manager.waitForURL(dashboard);
            assertEquals(DevonCollaborative.siteCount(), manager.locator("svg g.site").count(), "the Gantt draws every site");
            assertEquals(DevonCollaborative.MEMBERS.size(), manager.locator("svg g.organisation").count(), "grouped by organisation");
            String derriford = manager.locator("g.site[data-site='RK9-DERRIFORD'] text.cutover").textContent();
            assertTrue(derriford.startsWith("Sat") || derriford.startsWith("Sun"),
                    "Derriford is critical and cuts over at a weekend: " + derriford);
            assertTrue(manager.locator(".weekly svg rect.week").count() > 0, "cutovers per week");
            assertEquals(1, manager.locator(".gantt svg line.today").count(), "today, 16 April 2018, is a line across the Gantt");
            browser.screenshot(manager, "dashboard-project-manager");
            Browser.FirstPaint paint = browser.open(manager, dashboard);
            System.out.println("Migration dashboard, 60 sites: " + paint);

            Page member = browser.newPage();
            member.navigate(dashboard);
            member.getByText("Member of RH8").click();
            member.waitForURL(dashboard);
            int rh8 = DevonCollaborative.MEMBERS.stream().filter(m -> m.odsCode().equals("RH8")).findFirst().orElseThrow().sites();
            assertEquals(rh8, member.locator("svg g.site").count());
            assertEquals(rh8, member.locator("svg g.site[data-ods='RH8']").count(), "RH8's sites only");
            assertFalse(member.content().contains("RK9-"), "nothing of another organisation's sites");
            browser.screenshot(member, "dashboard-member-rh8");
        }
    }

    /**
     * The procurement at a glance, as the board of trusts sees it through the lead partner's officer: the ranking read from
     * supplier-service with MLL Telecom first and the disqualified bids with their reasons, the benefits from contract-service
     * for every member; the member of RH8 sees its own demand and no bid at all.
     */
    @Test
    @Order(6)
    void theProcurementAtAGlanceRanksMllTelecomFirstForTheOfficerAndShowsAMemberItsOwn() {
        String glance = suite.procurement() + "/dashboard/procurements/" + replay.procurementId();
        try (Browser browser = Browser.start()) {
            Page officer = browser.newPage();
            officer.navigate(glance);
            officer.getByText("Officer of RK9").click();
            officer.waitForURL(glance);
            assertEquals(DevonCollaborative.MLL, officer.locator("#ranking tbody tr").first().locator("td").nth(1).textContent());
            assertTrue(officer.locator("#ranking svg").count() > 0, "the ranking as a chart");
            String disqualified = officer.locator("#ranking ul").textContent();
            assertTrue(disqualified.contains(DevonCollaborative.NOT_CN_SP) && disqualified.contains(DevonCollaborative.ABNORMALLY_LOW),
                    disqualified);
            assertEquals(DevonCollaborative.MEMBERS.size(), officer.locator("#benefits tbody tr").count(), "the benefits of every member");
            assertTrue(officer.locator("a[href*='/dashboard/contracts/" + contractId + "']").count() > 0,
                    "a link to the migration dashboard");
            browser.screenshot(officer, "glance-officer");

            Page member = browser.newPage();
            member.navigate(glance);
            member.getByText("Member of RH8").click();
            member.waitForURL(glance);
            assertEquals(1, member.locator("#demand tbody tr").count(), member.locator("#demand").textContent());
            assertTrue(member.locator("#demand tbody").textContent().contains("RH8"));
            assertEquals(0, member.locator("#ranking").count(), "no bid, no ranking for a member");
            assertFalse(member.content().contains(DevonCollaborative.MLL + "</td>"), "no supplier's scores");
            browser.screenshot(member, "glance-member-rh8");
        }
    }

    /**
     * Plymouth's case study, generated from the data after its months are recorded (April 2019): ten times the bandwidth for
     * about 20 % less over five years, the £8k, 0.1 FTE over six months, CRIS access issues down 60 %, PACS problems from
     * about ten a month to two, electronic letters from 11 GP practices to 232; in HTML and in the PDF's own text.
     */
    @Test
    @Order(7)
    void plymouthsCaseStudyTellsTheSeedsStoryInHtmlAndPdf() throws Exception {
        DevonCollaborative.benefits(suite, contractId);
        String plymouth = DevTokens.member(DevonCollaborative.LEAD);
        JsonNode figures = get(suite.contract() + "/api/v1/contracts/" + contractId + "/benefits/figures", plymouth).expect(200).json();
        assertEquals("-60.0", figures.at("/measures/0/organisations/0/changePercent").decimalValue().toPlainString(), figures.toString());
        assertEquals("TARGET_MET", figures.at("/measures/0/organisations/0/standing").asText());
        JsonNode benefits = get(suite.contract() + "/api/v1/contracts/" + contractId + "/benefits", plymouth).expect(200).json();
        assertEquals("19.2", benefits.at("/organisations/0/netTermSavingPercent").decimalValue().toPlainString(),
                "20.6 % before the internal effort of £2,250");

        String caseStudy = suite.contract() + "/api/v1/contracts/" + contractId + "/organisations/RK9/case-study";
        String html = Http.send("GET", caseStudy, plymouth, null, null, Map.of("Accept", "text/html")).expect(200).body()
                .replace('\u00A0', ' ');
        byte[] pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(caseStudy))
                .header("Authorization", "Bearer " + plymouth).header("Accept", "application/pdf").build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        String text = PdfText.of(pdf);
        System.out.println("Plymouth's case study, the PDF's text:\n" + text);
        for (String document : List.of(html, text)) {
            for (String figure : List.of("University Hospitals Plymouth NHS Trust", "MLL Telecom Ltd", "£31,000", "£23,000", "£8,000",
                    "0.1 FTE", "6 months", "10 ×", "CRIS access issues", "60", "PACS image-transfer problems", "232", "11",
                    "2 October – 6 November 2017", "4 December 2017")) {
                assertTrue(document.contains(figure), "the case study says " + figure + ":\n" + document);
            }
        }
        assertEquals(404, Http.send("GET", caseStudy, DevTokens.member("RH8"), null).status(),
                "another member never reads Plymouth's case study");

        // In the browser, from the migration dashboard's page, as Plymouth's member signed in to the pages.
        String page = suite.contract() + "/dashboard/contracts/" + contractId + "/organisations/RK9/case-study";
        try (Browser browser = Browser.start()) {
            Page member = browser.newPage();
            member.navigate(page);
            member.getByText("Member of RK9").click();
            member.waitForURL(page);
            assertEquals("University Hospitals Plymouth NHS Trust: Devon HSCN connectivity", member.locator("h1").textContent().strip());
            browser.screenshot(member, "case-study-rk9");
        }
    }

    /**
     * Issue 16, the second demo procurement: Cornwall's two lots are ranked, awarded (each with its own standstill) and
     * contracted separately, won by different suppliers; lot 2's migration plan is made of lot 2's sites only.
     */
    @Test
    @Order(8)
    void cornwallsTwoLotsAreRankedAwardedAndContractedSeparately() throws Exception {
        CornwallLots.Replay cornwall = CornwallLots.replay(suite);
        String officer = CornwallLots.OFFICER;
        String ranking = suite.supplier() + "/api/v1/procurements/" + cornwall.procurementId() + "/ranking";

        // Lot 1 at the tender's weights over its six lines: Kernow 48 + 40 = 88; Duchy 40 + 40 × 105,000 / 110,250 = 78.10.
        JsonNode lot1 = get(ranking + "?lot=1", officer).expect(200).json();
        assertEquals(List.of(CornwallLots.KERNOW, CornwallLots.DUCHY), names(lot1));
        assertEquals(new BigDecimal("88.00"), entry(lot1, CornwallLots.KERNOW).get("totalScore").decimalValue());
        assertEquals(new BigDecimal("78.10"), entry(lot1, CornwallLots.DUCHY).get("totalScore").decimalValue());
        assertEquals(new BigDecimal("110250.00"), entry(lot1, CornwallLots.DUCHY).get("evaluatedPrice").decimalValue());
        // Lot 2 at its own weights (price 60): Celtic 24 + 60 = 84; Duchy 26 + 60 × 84,000 / 105,000 = 74. At the tender's
        // weights they would be 76 and 72.
        JsonNode lot2 = get(ranking + "?lot=2", officer).expect(200).json();
        assertEquals(List.of(CornwallLots.CELTIC, CornwallLots.DUCHY), names(lot2));
        assertEquals(new BigDecimal("84.00"), entry(lot2, CornwallLots.CELTIC).get("totalScore").decimalValue());
        assertEquals(new BigDecimal("74.00"), entry(lot2, CornwallLots.DUCHY).get("totalScore").decimalValue());
        assertEquals(new BigDecimal("105000.00"), entry(lot2, CornwallLots.DUCHY).get("evaluatedPrice").decimalValue());
        assertEquals(400, get(ranking, officer).status(), "a divided tender is ranked per lot");

        JsonNode procurement = get(suite.procurement() + "/api/v1/procurements/" + cornwall.procurementId(), officer).expect(200).json();
        assertEquals("CONTRACTED", procurement.get("status").asText(), procurement.toString());
        for (int i = 0; i < 2; i++) {
            String lot = String.valueOf(i + 1);
            assertEquals("CONTRACTED", procurement.at("/lots/" + i + "/status").asText());
            assertEquals(cornwall.awards().get(lot), procurement.at("/lots/" + i + "/award/awardId").asText());
            assertEquals(cornwall.contracts().get(lot), procurement.at("/lots/" + i + "/contractId").asText());
            JsonNode award = get(suite.contract() + "/api/v1/awards/" + cornwall.awards().get(lot), officer).expect(200).json();
            assertEquals(lot, award.get("lot").asText());
            assertEquals(cornwall.supplierIds().get(i == 0 ? CornwallLots.KERNOW : CornwallLots.CELTIC), award.get("supplierId").asText());
            assertTrue(award.get("standstillEndsAt").asText().startsWith("2017-07-0"), award.toString());
        }
        JsonNode contract1 = get(suite.contract() + "/api/v1/contracts/" + cornwall.contracts().get("1"), officer).expect(200).json();
        JsonNode contract2 = get(suite.contract() + "/api/v1/contracts/" + cornwall.contracts().get("2"), officer).expect(200).json();
        assertEquals(new BigDecimal("105000.00"), contract1.get("value").decimalValue(), "Kernow's six lines of lot 1");
        assertEquals(new BigDecimal("84000.00"), contract2.get("value").decimalValue(), "Celtic Link's six lines of lot 2");

        // Lot 2's migration plan plans lot 2's sites, and none of lot 1's.
        String pm = DevTokens.projectManager(CornwallLots.LEAD);
        String plan = suite.contract() + "/api/v1/contracts/" + cornwall.contracts().get("2") + "/migration-plan";
        put(plan, pm, CornwallLots.lotTwoPlan()).expect(202);
        DevonCollaborative.awaitPlanReady(plan, pm, READY_WITHIN);
        JsonNode milestones = get(suite.contract() + "/api/v1/contracts/" + cornwall.contracts().get("2") + "/milestones?size=500", pm)
                .expect(200).json();
        java.util.Set<String> planned = new java.util.TreeSet<>();
        milestones.forEach(milestone -> planned.add(milestone.get("siteCode").asText()));
        assertEquals(new java.util.TreeSet<>(CornwallLots.siteCodes("2")), planned);

        // The notices: the contract notice lists both lots; each lot's contract has its own award notice.
        JsonNode notices = get(suite.procurement() + "/api/v1/notices?procurementId=" + cornwall.procurementId(), officer).expect(200)
                .json();
        assertEquals(3, notices.size(), notices.toString());
        assertEquals("F02", notices.at("/0/code").asText());
        assertEquals(2, notices.at("/0/release/tender/lots").size());
        java.util.Set<String> awardedLots = new java.util.TreeSet<>();
        for (int i = 1; i < 3; i++) {
            assertEquals("F03", notices.at("/" + i + "/code").asText());
            awardedLots.add(notices.at("/" + i + "/release/awards/0/relatedLots/0").asText());
        }
        assertEquals(java.util.Set.of("1", "2"), awardedLots);
    }

    private static List<String> names(JsonNode ranking) {
        List<String> names = new ArrayList<>();
        ranking.forEach(entry -> names.add(entry.get("supplierName").asText()));
        return names;
    }

    private static JsonNode entry(JsonNode ranking, String supplierName) {
        for (JsonNode entry : ranking) {
            if (supplierName.equals(entry.get("supplierName").asText())) {
                return entry;
            }
        }
        throw new AssertionError(supplierName + " is not in the ranking");
    }

}
