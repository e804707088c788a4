package uk.collabproc.contract.migration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.contract.testing.Awarding.OFFICER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Metrics;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;

/**
 * The migration of a concluded contract's three sites (Derriford and Mount Gould of RK9, Exeter of RH8): planned,
 * baselined, then tracked milestone by milestone. Each test starts from a new contract, brought as far as it needs.
 */
@QuarkusTest
class MigrationPlanResourceTest {

    private static final String PM = DevTokens.projectManager("RK9");
    private static final String SOLVED = "collab_plans_solved_seconds_count{outcome=\"success\"}";

    /** A fortnight without cutovers over Easter 2018, and shorter lead times than the defaults. */
    private static MigrationPlanBody parameters() {
        return MigrationPlanBody.plan().withBlackout("2018-04-16", "2018-04-29").withLeadTimes(5, 30, 5, 5, 10);
    }

    /** A contract whose plan the project manager asked for on 1 March 2018; {@code ready} is null until awaited. */
    private record Planned(String contract, JsonPath ready) {
        String plan() {
            return "/api/v1/contracts/" + contract + "/migration-plan";
        }

        String milestones() {
            return "/api/v1/contracts/" + contract + "/milestones";
        }

        JsonPath derrifordCutover() {
            return given().auth().oauth2(PM).queryParam("siteCode", "RK9-DERRIFORD").queryParam("type", "CUTOVER").get(milestones())
                    .then().statusCode(200).extract().jsonPath();
        }

        String derrifordSurvey() {
            return given().auth().oauth2(PM).queryParam("siteCode", "RK9-DERRIFORD").queryParam("type", "SITE_SURVEY").get(milestones())
                    .then().extract().path("[0].id");
        }
    }

    private static String concludedContractIn2018() {
        String contract = Awarding.concludedContract();
        Awarding.clock("2018-03-01T09:00:00Z");
        return contract;
    }

    private static Planned requested() {
        Planned planned = new Planned(concludedContractIn2018(), null);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(parameters().asMap()).put(planned.plan()).then().statusCode(202)
                .body("status", equalTo("SOLVING")).body("progress", notNullValue());
        return planned;
    }

    private static Planned ready() throws InterruptedException {
        Planned requested = requested();
        return new Planned(requested.contract(), awaitReady(requested.plan()));
    }

    /** Ready, and the baseline saved: every milestone's baseline date is set, which makes it version 1. */
    private static Planned baselined() throws InterruptedException {
        Planned planned = ready();
        saveBaseline(planned).statusCode(201);
        return planned;
    }

    private static io.restassured.response.ValidatableResponse saveBaseline(Planned planned) {
        return given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("name", "Contract baseline"))
                .post("/api/v1/contracts/" + planned.contract() + "/baselines").then();
    }

    /** The project manager forecasts Derriford's cutover a week after its baseline date; the milestone is then version 2. */
    private static io.restassured.response.ValidatableResponse slipDerriford(Planned planned) {
        return slipDerriford(planned, PM, 1);
    }

    private static io.restassured.response.ValidatableResponse slipDerriford(Planned planned, String token, long version) {
        JsonPath derriford = planned.derrifordCutover();
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("forecastDate", weekAfter(derriford.getString("[0].baselineDate")), "version", version))
                .patch("/api/v1/milestones/" + derriford.getString("[0].id")).then();
    }

    private static io.restassured.response.ValidatableResponse meetDerrifordSurvey(Planned planned) {
        return given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("dateMet", "2018-03-01", "version", 1))
                .patch("/api/v1/milestones/" + planned.derrifordSurvey()).then();
    }

    /** Baselined, Derriford's cutover slipped a week and its site survey met: tracking has started. */
    private static Planned tracked() throws InterruptedException {
        Planned planned = baselined();
        slipDerriford(planned).statusCode(200);
        meetDerrifordSurvey(planned).statusCode(200);
        return planned;
    }

    private static String weekAfter(String date) {
        return LocalDate.parse(date).plusWeeks(1).toString();
    }

    @Test
    void aContractHasNoPlanUntilTheProjectManagerAsksAndThenItIsSolvedInTheBackground() {
        String contract = concludedContractIn2018();
        String plan = "/api/v1/contracts/" + contract + "/migration-plan";

        given().auth().oauth2(PM).get(plan).then().statusCode(404);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(parameters().asMap()).put(plan).then().statusCode(202)
                .body("status", equalTo("SOLVING")).body("progress", notNullValue());
    }

    @Test
    void anotherPlanRequestWhileOneIsSolvingIsAConflict() {
        Planned planned = requested();

        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(MigrationPlanBody.plan().without("legacyEndDate").withVersion(0).asMap())
                .put(planned.plan()).then().statusCode(409);
    }

    @Test
    void theSolvedPlanMeetsTheLowerBoundWithNoViolationsAndNoLateSite() throws Exception {
        JsonPath ready = ready().ready();

        assertEquals(0, ready.getInt("hardViolations"));
        assertEquals(ready.getString("lowerBound"), ready.getString("lastCutover"), "three sites, one a week: the plan meets the bound");
        assertEquals(List.of(), ready.getList("lateSites"));
    }

    @Test
    void aSolvedPlanIsTimedAsASuccess() throws Exception {
        double before = Metrics.value(SOLVED);

        ready();

        // Timed just after the plan's transaction commits, so maybe a moment after the plan reads READY.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (Metrics.value(SOLVED) <= before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Metrics.value(SOLVED) > before, "collab_plans_solved_seconds_count{outcome=\"success\"} rose");
    }

    @Test
    void theProjectManagerSeesSixMilestonesPerSiteAndEveryCutoverStartsGreen() throws Exception {
        Planned planned = ready();

        given().auth().oauth2(PM).get(planned.milestones()).then().statusCode(200).header("X-Total-Count", "18");
        given().auth().oauth2(OFFICER).queryParam("type", "CUTOVER").get(planned.milestones()).then().statusCode(200)
                .header("X-Total-Count", "3").body("rag", everyItem(equalTo("GREEN")));
    }

    @Test
    void aMemberSeesOnlyItsOwnSitesMilestonesWhateverItFiltersBy() throws Exception {
        Planned planned = ready();

        given().auth().oauth2(DevTokens.member("RH8")).get(planned.milestones()).then().statusCode(200)
                .header("X-Total-Count", "6").body("odsCode", everyItem(equalTo("RH8")));
        given().auth().oauth2(DevTokens.member("RH8")).queryParam("odsCode", "RK9").get(planned.milestones()).then().statusCode(200)
                .body("odsCode", everyItem(equalTo("RH8")));
    }

    @Test
    void anOrganisationOutsideTheContractFindsNoMilestones() throws Exception {
        Planned planned = ready();

        given().auth().oauth2(DevTokens.member("RX1")).get(planned.milestones()).then().statusCode(404);
    }

    @Test
    void aCriticalSiteIsCutOverAtTheWeekend() throws Exception {
        String cutover = ready().derrifordCutover().getString("[0].forecastDate");

        assertTrue(LocalDate.parse(cutover).getDayOfWeek().getValue() >= 6, "Derriford is critical: a weekend cutover");
    }

    @Test
    void theBaselineIsSavedOnceWithEveryMilestone() throws Exception {
        Planned planned = ready();

        saveBaseline(planned).statusCode(201).body("milestones", equalTo(18));
        saveBaseline(planned).statusCode(409);
    }

    @Test
    void aForecastLaterThanTheBaselineTurnsTheMilestoneAmber() throws Exception {
        Planned planned = baselined();
        String cutover = planned.derrifordCutover().getString("[0].forecastDate");

        slipDerriford(planned).statusCode(200).body("rag", equalTo("AMBER")).body("baselineDate", equalTo(cutover))
                .body("version", equalTo(2));
    }

    @Test
    void aMilestoneChangeBasedOnAnOldVersionIsStale() throws Exception {
        Planned planned = baselined();
        slipDerriford(planned).statusCode(200);

        slipDerriford(planned).statusCode(409).body("title", equalTo("Stale version"));
    }

    @Test
    void aMilestoneCannotBeMetInTheFuture() throws Exception {
        Planned planned = baselined();
        slipDerriford(planned).statusCode(200);

        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("dateMet", "2030-01-01", "version", 2))
                .patch("/api/v1/milestones/" + planned.derrifordCutover().getString("[0].id")).then().statusCode(400);
    }

    @Test
    void aMemberCannotChangeAMilestone() throws Exception {
        Planned planned = baselined();
        slipDerriford(planned).statusCode(200);

        slipDerriford(planned, DevTokens.member("RK9"), 2).statusCode(403);
    }

    @Test
    void aMilestoneMetIsRecordedAsMet() throws Exception {
        Planned planned = baselined();

        meetDerrifordSurvey(planned).statusCode(200).body("status", equalTo("met"));
    }

    @Test
    void progressCountsMilestonesByStatusAndRagAndListsTheSlippedSites() throws Exception {
        Planned planned = tracked();

        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + planned.contract() + "/progress").then().statusCode(200)
                .body("sites", equalTo(3)).body("sitesCutOver", equalTo(0))
                .body("byStatus.met", equalTo(1)).body("byRag.AMBER", equalTo(1))
                .body("slipped", hasSize(1)).body("slipped[0].siteCode", equalTo("RK9-DERRIFORD"));
    }

    @Test
    void aMembersCalendarFeedHoldsItsOwnSitesMilestones() throws Exception {
        Planned planned = ready();

        String feed = given().auth().oauth2(DevTokens.member("RK9")).get(planned.milestones() + ".ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertTrue(feed.startsWith("BEGIN:VCALENDAR"));
        assertEquals(12, feed.split("BEGIN:VEVENT").length - 1, "RK9's two sites, six milestones each");
    }

    @Test
    void onceTrackingHasStartedThePlanIsNotSolvedAgain() throws Exception {
        Planned planned = tracked();

        given().auth().oauth2(PM).contentType(ContentType.JSON).body(parameters().withVersion(planned.ready().getLong("version")).asMap())
                .put(planned.plan()).then().statusCode(409).body("title", equalTo("Tracking started"));
    }

    @Test
    void theOcdsReleaseCarriesTheMilestonesTheCallerMaySee() throws Exception {
        Planned planned = tracked();
        String ocds = "/api/v1/contracts/" + planned.contract() + "/ocds";

        given().auth().oauth2(PM).get(ocds).then().statusCode(200)
                .body("releases[0].contracts[0].implementation.milestones", hasSize(18))
                .body("releases[0].contracts[0].implementation.milestones.status", hasItem("met"));
        // A member sees its own sites' milestones only (issue 17, defect 9): RK9's two sites.
        given().auth().oauth2(DevTokens.member("RK9")).get(ocds).then().statusCode(200)
                .body("releases[0].contracts[0].implementation.milestones", hasSize(12))
                .body("releases[0].contracts[0].implementation.milestones.status", hasItem("met"));
    }

    @Test
    void aCapacityOfNoCutoversIsRefusedAndNothingIsPlanned() {
        String plan = "/api/v1/contracts/" + Awarding.concludedContract() + "/migration-plan";

        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(MigrationPlanBody.plan().withWeeklyCutoverCapacity(0).with("legacyEndDate", "2018-01-01")
                        .withBlackout("2018-05-01", "2018-04-01").asMap())
                .put(plan).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("weeklyCutoverCapacity"));
        given().auth().oauth2(PM).get(plan).then().statusCode(404);
    }

    @Test
    void datesThatDoNotFitTogetherAreRefusedEachByName() {
        String plan = "/api/v1/contracts/" + Awarding.concludedContract() + "/migration-plan";

        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(MigrationPlanBody.plan().withWeeklyCutoverCapacity(5).with("legacyEndDate", "2018-01-01")
                        .withBlackout("2018-05-01", "2018-04-01").asMap())
                .put(plan).then().statusCode(400).body("violations.field", hasItem("legacyEndDate"))
                .body("violations.field", hasItem("blackouts[0].to"));
        given().auth().oauth2(PM).get(plan).then().statusCode(404);
    }

    @Test
    void anOfficerCannotPlanTheMigration() {
        String plan = "/api/v1/contracts/" + Awarding.concludedContract() + "/migration-plan";

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(parameters().asMap()).put(plan).then().statusCode(403);
        given().auth().oauth2(PM).get(plan).then().statusCode(404);
    }

    @Test
    void thereIsNoPlanForAContractThatDoesNotExist() {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(parameters().asMap())
                .put("/api/v1/contracts/" + UUID.randomUUID() + "/migration-plan").then().statusCode(404);
    }

    private static JsonPath awaitReady(String plan) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath current = given().auth().oauth2(PM).get(plan).then().statusCode(200).extract().jsonPath();
            if ("READY".equals(current.getString("status"))) {
                return current;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The plan was not READY within 30 s");
    }
}
