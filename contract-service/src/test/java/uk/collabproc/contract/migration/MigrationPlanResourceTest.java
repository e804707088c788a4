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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;

@QuarkusTest
class MigrationPlanResourceTest {

    private static final String PM = DevTokens.projectManager("RK9");
    /** A fortnight without cutovers over Easter 2018, and shorter lead times than the defaults. */
    private static MigrationPlanBody parameters() {
        return MigrationPlanBody.plan().withBlackout("2018-04-16", "2018-04-29").withLeadTimes(5, 30, 5, 5, 10);
    }

    @Test
    void theProjectManagerPlansTheMigrationAndTracksEveryMilestone() throws Exception {
        String contract = Awarding.concludedContract();
        Awarding.clock("2018-03-01T09:00:00Z");
        String plan = "/api/v1/contracts/" + contract + "/migration-plan";

        given().auth().oauth2(PM).get(plan).then().statusCode(404);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(parameters().asMap()).put(plan).then().statusCode(202)
                .body("status", equalTo("SOLVING")).body("progress", notNullValue());
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(MigrationPlanBody.plan().without("legacyEndDate").withVersion(0).asMap())
                .put(plan).then().statusCode(409);
        JsonPath ready = awaitReady(plan);
        assertEquals(0, ready.getInt("hardViolations"));
        assertEquals(ready.getString("lowerBound"), ready.getString("lastCutover"), "three sites, one a week: the plan meets the bound");
        assertEquals(List.of(), ready.getList("lateSites"));

        String milestones = "/api/v1/contracts/" + contract + "/milestones";
        given().auth().oauth2(PM).get(milestones).then().statusCode(200).header("X-Total-Count", "18");
        given().auth().oauth2(OFFICER).queryParam("type", "CUTOVER").get(milestones).then().statusCode(200)
                .header("X-Total-Count", "3").body("rag", everyItem(equalTo("GREEN")));
        given().auth().oauth2(DevTokens.member("RH8")).get(milestones).then().statusCode(200)
                .header("X-Total-Count", "6").body("odsCode", everyItem(equalTo("RH8")));
        given().auth().oauth2(DevTokens.member("RH8")).queryParam("odsCode", "RK9").get(milestones).then().statusCode(200)
                .body("odsCode", everyItem(equalTo("RH8")));
        given().auth().oauth2(DevTokens.member("RX1")).get(milestones).then().statusCode(404);
        JsonPath derriford = given().auth().oauth2(PM).queryParam("siteCode", "RK9-DERRIFORD").queryParam("type", "CUTOVER").get(milestones)
                .then().statusCode(200).extract().jsonPath();
        String cutover = derriford.getString("[0].forecastDate");
        assertTrue(java.time.LocalDate.parse(cutover).getDayOfWeek().getValue() >= 6, "Derriford is critical: a weekend cutover");

        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("name", "Contract baseline"))
                .post("/api/v1/contracts/" + contract + "/baselines").then().statusCode(201).body("milestones", equalTo(18));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("name", "Contract baseline"))
                .post("/api/v1/contracts/" + contract + "/baselines").then().statusCode(409);

        String milestoneId = derriford.getString("[0].id");
        // Saving the baseline set every milestone's baseline date: version 1.
        String slipped = java.time.LocalDate.parse(cutover).plusWeeks(1).toString();
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("forecastDate", slipped, "version", 1))
                .patch("/api/v1/milestones/" + milestoneId).then().statusCode(200).body("rag", equalTo("AMBER")).body("baselineDate", equalTo(cutover))
                .body("version", equalTo(2));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("forecastDate", slipped, "version", 1))
                .patch("/api/v1/milestones/" + milestoneId).then().statusCode(409).body("title", equalTo("Stale version"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("dateMet", "2030-01-01", "version", 2))
                .patch("/api/v1/milestones/" + milestoneId).then().statusCode(400);
        given().auth().oauth2(DevTokens.member("RK9")).contentType(ContentType.JSON).body(Map.of("forecastDate", slipped, "version", 2))
                .patch("/api/v1/milestones/" + milestoneId).then().statusCode(403);

        String survey = given().auth().oauth2(PM).queryParam("siteCode", "RK9-DERRIFORD").queryParam("type", "SITE_SURVEY").get(milestones)
                .then().extract().path("[0].id");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("dateMet", "2018-03-01", "version", 1))
                .patch("/api/v1/milestones/" + survey).then().statusCode(200).body("status", equalTo("met"));

        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + contract + "/progress").then().statusCode(200)
                .body("sites", equalTo(3)).body("sitesCutOver", equalTo(0))
                .body("byStatus.met", equalTo(1)).body("byRag.AMBER", equalTo(1))
                .body("slipped", hasSize(1)).body("slipped[0].siteCode", equalTo("RK9-DERRIFORD"));

        String feed = given().auth().oauth2(DevTokens.member("RK9")).get(milestones + ".ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertTrue(feed.startsWith("BEGIN:VCALENDAR"));
        assertEquals(12, feed.split("BEGIN:VEVENT").length - 1, "RK9's two sites, six milestones each");

        given().auth().oauth2(PM).contentType(ContentType.JSON).body(parameters().withVersion(ready.getLong("version")).asMap())
                .put(plan).then().statusCode(409).body("title", equalTo("Tracking started"));
        given().auth().oauth2(PM).get("/api/v1/contracts/" + contract + "/ocds").then().statusCode(200)
                .body("releases[0].contracts[0].implementation.milestones", hasSize(18))
                .body("releases[0].contracts[0].implementation.milestones.status", hasItem("met"));
        // A member sees its own sites' milestones only (issue 17, defect 9): RK9's two sites.
        given().auth().oauth2(DevTokens.member("RK9")).get("/api/v1/contracts/" + contract + "/ocds").then().statusCode(200)
                .body("releases[0].contracts[0].implementation.milestones", hasSize(12))
                .body("releases[0].contracts[0].implementation.milestones.status", hasItem("met"));
    }

    @Test
    void parametersThatDoNotFitTogetherAreRefused() {
        String contract = Awarding.concludedContract();
        String plan = "/api/v1/contracts/" + contract + "/migration-plan";
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(MigrationPlanBody.plan().withWeeklyCutoverCapacity(0).with("legacyEndDate", "2018-01-01")
                        .withBlackout("2018-05-01", "2018-04-01").asMap())
                .put(plan).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("weeklyCutoverCapacity"));
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(MigrationPlanBody.plan().withWeeklyCutoverCapacity(5).with("legacyEndDate", "2018-01-01")
                        .withBlackout("2018-05-01", "2018-04-01").asMap())
                .put(plan).then().statusCode(400).body("violations.field", hasItem("legacyEndDate")).body("violations.field", hasItem("blackouts[0].to"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(parameters().asMap()).put(plan).then().statusCode(403);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(parameters().asMap())
                .put("/api/v1/contracts/" + java.util.UUID.randomUUID() + "/migration-plan").then().statusCode(404);
        given().auth().oauth2(PM).get(plan).then().statusCode(404);
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
