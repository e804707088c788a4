package uk.collabproc.contract.benefits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.FakeServices;
import uk.collabproc.testsupport.DevTokens;

/** Benefit measures, months and project costs through the API: who may do what, versions, history and the figures. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class BenefitMeasureResourceTest {

    private static final String RK9 = DevTokens.member("RK9");
    private static final String RH8 = DevTokens.member("RH8");

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> baseline(String value, String period, String target) {
        return Map.of("baselineValue", value, "baselinePeriod", period, "targetValue", target);
    }

    private static Map<String, Object> cris(List<Map<String, Object>> organisations) {
        return Map.of("name", "CRIS access issues", "unit", "issues a month", "direction", "LOWER_IS_BETTER", "clinicalService", "CRIS",
                "organisations", organisations);
    }

    /** A concluded contract (RK9's two sites and RH8's one), clock in December 2018, with the CRIS measure: RK9 from 20 to 10. */
    private static String[] contractWithCris() {
        String contract = Awarding.concludedContract();
        Awarding.clock("2018-12-10T09:00:00Z");
        String measure = as(Awarding.OFFICER).body(cris(List.of(Map.of("odsCode", "RK9", "baseline", baseline("20", "2017-06", "10")))))
                .post("/api/v1/contracts/" + contract + "/benefit-measures").then().statusCode(201)
                .header("Location", containsString("/api/v1/contracts/" + contract + "/benefit-measures/"))
                .body("organisations[0].baselineValue", equalTo(20)).body("organisations[0].baselinePeriod", equalTo("2017-06"))
                .extract().path("id");
        return new String[] { contract, "/api/v1/contracts/" + contract + "/benefit-measures/" + measure };
    }

    @Test
    void theOfficerDefinesAMeasureOnceAndOnlyForOrganisationsOfTheContract() {
        String[] defined = contractWithCris();
        String measures = "/api/v1/contracts/" + defined[0] + "/benefit-measures";

        as(Awarding.OFFICER).body(cris(List.of())).post(measures).then().statusCode(409)
                .header("Location", containsString(defined[1]));
        as(Awarding.OFFICER)
                .body(Map.of("name", "PACS problems", "unit", "a month", "direction", "LOWER_IS_BETTER", "clinicalService", "PACS",
                        "organisations", List.of(Map.of("odsCode", "RX1", "baseline", baseline("1", "2017-06", "0")),
                                Map.of("odsCode", "RH8", "baseline", baseline("1", "2019-01", "0")))))
                .post(measures).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("organisations[0].odsCode", "organisations[1].baseline.baselinePeriod"))
                .body("violations[0].message", equalTo("RX1 has no sites in this contract"));
        as(Awarding.OFFICER).body(Map.of("name", "X", "unit", "u", "direction", "SIDEWAYS", "clinicalService", "CRIS")).post(measures)
                .then().statusCode(400).contentType("application/problem+json");
        as(DevTokens.officer("ZZ9")).body(cris(List.of())).post(measures).then().statusCode(404);
        as(RK9).body(cris(List.of())).post(measures).then().statusCode(403);
        as(DevTokens.projectManager("RK9")).get(measures).then().statusCode(403);
        as(Awarding.OFFICER).get(measures).then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void aMemberSeesItsOwnBaselinesAndRecordsOnlyItsOwnMonths() {
        String[] defined = contractWithCris();
        String measure = defined[1];
        as(Awarding.OFFICER).body(baseline("30", "2017-06", "20")).put(measure + "/organisations/RH8").then().statusCode(201);

        as(RH8).get(measure).then().statusCode(200).body("organisations.odsCode", contains("RH8"));
        as(RH8).body(Map.of("value", 3)).put(measure + "/organisations/RK9/measurements/2018-09").then().statusCode(404);
        as(Awarding.OFFICER).body(Map.of("value", 3)).put(measure + "/organisations/RK9/measurements/2018-09").then().statusCode(403);
        as(DevTokens.member("RX1")).get(measure).then().statusCode(404);
        as(RK9).body(Map.of("value", 3)).put(measure + "/organisations/RK9/measurements/2019-01").then().statusCode(400)
                .body("violations[0].field", equalTo("period")).body("violations[0].in", equalTo("path"));
        as(RK9).body(Map.of("value", 3)).put(measure + "/organisations/RK9/measurements/2018-13").then().statusCode(400)
                .body("violations[0].message", equalTo("must be a month like 2018-09"));
        as(RK9).body(Map.of()).put(measure + "/organisations/RK9/measurements/2018-09").then().statusCode(400)
                .body("violations.field", hasItem("value"));
    }

    @Test
    void aCorrectionNamesTheVersionItCorrectsAndTheHistoryKeepsEveryValue() {
        String[] defined = contractWithCris();
        String month = defined[1] + "/organisations/RK9/measurements/2018-09";

        as(RK9).body(Map.of("value", 12, "note", "From the CRIS service desk")).put(month).then().statusCode(201).body("version",
                equalTo(0));
        as(RK9).body(Map.of("value", 11)).put(month).then().statusCode(400).body("violations.field", hasItem("version"));
        as(RK9).body(Map.of("value", 11, "version", 0, "note", "Two calls were about printers")).put(month).then().statusCode(200)
                .body("value", equalTo(11)).body("version", equalTo(1));
        as(RK9).body(Map.of("value", 10, "version", 0)).put(month).then().statusCode(409).body("title", equalTo("Stale version"));

        as(RK9).get(month + "/history").then().statusCode(200)
                .body("change", contains("RECORDED", "CORRECTED")).body("value", contains(12, 11))
                .body("note", contains("From the CRIS service desk", "Two calls were about printers"))
                .body("recordedBy", contains("member-rk9", "member-rk9"));
        as(RH8).get(month + "/history").then().statusCode(404);
        as(Awarding.OFFICER).get(defined[1] + "/organisations/RK9/measurements").then().statusCode(200).body("value", contains(11));
    }

    @Test
    void noMonthBeforeTheOfficerSetsTheOrganisationsBaseline() {
        String[] defined = contractWithCris();

        as(RH8).body(Map.of("value", 5)).put(defined[1] + "/organisations/RH8/measurements/2018-09").then().statusCode(409)
                .body("title", equalTo("No baseline yet"));
        as(Awarding.OFFICER).body(baseline("1", "2017-06", "0")).put(defined[1] + "/organisations/RX1").then().statusCode(404);
        as(Awarding.OFFICER).body(baseline("30", "2017-06", "20")).put(defined[1] + "/organisations/RK9").then().statusCode(400)
                .body("violations.field", hasItem("version"));
        as(Awarding.OFFICER).body(Map.of("baselineValue", "20", "baselinePeriod", "2017-06", "targetValue", "8", "version", 0))
                .put(defined[1] + "/organisations/RK9").then().statusCode(200).body("targetValue", equalTo(8));
    }

    /** Two clients record the same first month at once: one is recorded, the other told so; never two rows. */
    @Test
    void concurrentFirstRecordsOfAMonthMakeOneMeasurement() throws Exception {
        String[] defined = contractWithCris();
        String month = defined[1] + "/organisations/RK9/measurements/2018-10";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int value = i;
                Callable<Integer> record = () -> as(RK9).body(Map.of("value", value)).put(month).then().extract().statusCode();
                answers.add(pool.submit(record));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(status -> status == 400 || status == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        as(RK9).get(defined[1] + "/organisations/RK9/measurements").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void theFiguresShowTheChangeAndAMemberOnlyItsOwn() {
        String[] defined = contractWithCris();
        as(Awarding.OFFICER).body(baseline("30", "2017-06", "20")).put(defined[1] + "/organisations/RH8").then().statusCode(201);
        as(RK9).body(Map.of("value", 15)).put(defined[1] + "/organisations/RK9/measurements/2018-07").then().statusCode(201);
        as(RK9).body(Map.of("value", 8)).put(defined[1] + "/organisations/RK9/measurements/2018-11").then().statusCode(201);
        as(RH8).body(Map.of("value", 33)).put(defined[1] + "/organisations/RH8/measurements/2018-11").then().statusCode(201);
        String figures = "/api/v1/contracts/" + defined[0] + "/benefits/figures";

        as(Awarding.OFFICER).get(figures).then().statusCode(200)
                .body("measures[0].organisations.odsCode", contains("RH8", "RK9"))
                .body("measures[0].organisations[1].changePercent", equalTo(-60.0f))
                .body("measures[0].organisations[1].standing", equalTo("TARGET_MET"))
                .body("measures[0].organisations[1].trend.period", contains("2018-07", "2018-11"))
                .body("measures[0].organisations[0].standing", equalTo("WORSE"))
                .body("measures[0].region.baselineTotal", equalTo(50)).body("measures[0].region.latestTotal", equalTo(41));
        as(RH8).get(figures).then().statusCode(200)
                .body("measures[0].organisations.odsCode", contains("RH8"))
                .body("measures[0].region.latestTotal", equalTo(33));
        as(DevTokens.member("RX1")).get(figures).then().statusCode(404);
        as(DevTokens.officer("ZZ9")).get(figures).then().statusCode(404);
    }

    /** Plymouth's effort, 0.1 FTE for six months at £45k a year, joins its cost of ownership and payback. */
    @Test
    void projectCostsJoinTheBenefitsAndAreTheOrganisationsOwn() {
        String contract = Awarding.concludedContract();
        String costs = "/api/v1/contracts/" + contract + "/organisations/RK9/project-costs";
        Map<String, Object> plymouth = Map.of("ownCapitalOutlay", 0, "effortFte", 0.1, "effortMonths", 6, "costPerFtePerYear", 45000);

        as(RK9).get(costs).then().statusCode(404);
        as(RH8).body(plymouth).put(costs).then().statusCode(404);
        as(DevTokens.projectManager("RK9")).body(plymouth).put(costs).then().statusCode(403);
        as(RK9).body(Map.of("ownCapitalOutlay", -1, "effortFte", 0.1, "effortMonths", 6, "costPerFtePerYear", 45000)).put(costs).then()
                .statusCode(400).body("violations.field", hasItem("ownCapitalOutlay"));
        as(RK9).body(plymouth).put(costs).then().statusCode(201).body("effortCost", equalTo(2250.00f)).body("version", equalTo(0));
        as(RK9).body(plymouth).put(costs).then().statusCode(400).body("violations.field", hasItem("version"));
        as(Awarding.OFFICER)
                .body(Map.of("ownCapitalOutlay", 0, "effortFte", 0.1, "effortMonths", 6, "costPerFtePerYear", 45000, "version", 5))
                .put(costs).then().statusCode(409);
        as(Awarding.OFFICER).get(costs).then().statusCode(200).body("effortFte", equalTo(0.1f));

        as(RK9).get("/api/v1/contracts/" + contract + "/benefits").then().statusCode(200)
                .body("organisations[0].oneOffCharges", equalTo(8000.00f))
                .body("organisations[0].internalEffortCost", equalTo(2250.00f))
                .body("organisations[0].totalCostOfOwnership", equalTo(125250.00f))
                .body("organisations[0].netTermSavingPercent", equalTo(19.2f))
                .body("organisations[0].paybackMonths", equalTo(15.4f))
                .body("organisations[0].termSavingPercent", equalTo(20.6f));
    }
}
