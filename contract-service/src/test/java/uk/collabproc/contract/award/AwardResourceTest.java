package uk.collabproc.contract.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.contract.testing.Awarding.OFFICER;
import static uk.collabproc.contract.testing.Awarding.award;
import static uk.collabproc.contract.testing.Awarding.clock;
import static uk.collabproc.contract.testing.Awarding.entry;
import static uk.collabproc.contract.testing.Awarding.rankedProcurement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.Awarding.Scenario;
import uk.collabproc.contract.testing.FakeServices;
import uk.collabproc.testsupport.Concurrently;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Metrics;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class AwardResourceTest {

    private static final String PATH = "/api/v1/awards";

    /** The worked example ranked on 4 December 2017 and its rank-one bid awarded that day; answers the award's location. */
    private static String awarded(Scenario scenario) {
        clock("2017-12-04T10:00:00Z");
        return request(scenario.procurementId(), "2017-12-04").statusCode(201).extract().header("Location");
    }

    @Test
    void theOfficerAwardsTheRankOneBidWithTheStandstillOfTheRegime() {
        clock("2017-12-04T10:00:00Z");
        Scenario scenario = rankedProcurement("PCR_2015");

        request(scenario.procurementId(), "2017-12-04").statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*" + PATH + "/[0-9a-f-]{36}"))
                .body("winningBidId", equalTo(scenario.winningBidId().toString()))
                .body("supplierName", equalTo("MLL Telecom Ltd"))
                .body("regime", equalTo("PCR_2015"))
                .body("standstillEndsAt", equalTo("2017-12-15T00:00:00Z"))
                .body("standstillEnded", equalTo(false))
                .body("status", equalTo("STANDSTILL"))
                .body("evaluatedPrice", equalTo(1050000.00f));
    }

    @Test
    void awardingReadsTheRankingWithTheOfficersTokenAndTellsProcurementService() {
        Scenario scenario = rankedProcurement("PCR_2015");
        awarded(scenario);

        assertEquals("Bearer " + OFFICER, Awarding.lastAuthorization("supplier-service"), "the officer's token is passed on");
        assertTrue(
                Awarding.requests("procurement-service")
                        .contains("POST /api/v1/procurements/" + scenario.procurementId() + "/award-decision"),
                "procurement-service is told of the award decision");
    }

    @Test
    void anAwardIsCountedOnceProcurementServiceRecordedItAndOneTakenBackIsNot() {
        double before = Metrics.value("collab_awards_decided_total");
        Scenario refused = rankedProcurement("PCR_2015");
        Awarding.forget("procurement-service", "/api/v1/procurements/" + refused.procurementId() + "/award-decision");
        clock("2017-12-04T10:00:00Z");
        request(refused.procurementId(), "2017-12-04").statusCode(404);
        assertEquals(before, Metrics.value("collab_awards_decided_total"), "taken back when procurement-service did not record it");

        awarded(rankedProcurement("PCR_2015"));
        assertEquals(before + 1, Metrics.value("collab_awards_decided_total"));
    }

    @Test
    void theOfficerReadsTheAwardWithItsDecisionDate() {
        String location = awarded(rankedProcurement("PCR_2015"));

        given().auth().oauth2(OFFICER).get(location).then().statusCode(200).body("decisionDate", equalTo("2017-12-04"));
    }

    @Test
    void aSecondAwardOfTheProcurementIsAConflictPointingAtTheFirst() {
        Scenario scenario = rankedProcurement("PCR_2015");
        String location = awarded(scenario);

        request(scenario.procurementId(), "2017-12-05").statusCode(409).header("Location",
                endsWith(location.substring(location.indexOf(PATH))));
    }

    @Test
    void neitherAProjectManagerNorACallerWithoutATokenReadsAnAward() {
        String location = awarded(rankedProcurement("PCR_2015"));

        given().auth().oauth2(DevTokens.projectManager("RK9")).get(location).then().statusCode(403);
        given().get(location).then().statusCode(401);
    }

    @Test
    void underTheProcurementAct2023TheStandstillIsEightWorkingDays() {
        clock("2025-03-08T10:00:00Z");
        Scenario scenario = rankedProcurement("PA_2023");
        request(scenario.procurementId(), "2025-03-08").statusCode(201).body("standstillEndsAt", equalTo("2025-03-21T00:00:00Z"));
    }

    private static void assertNothingStoredFor(UUID procurement) {
        given().auth().oauth2(OFFICER).get(PATH).then().statusCode(200);
        assertTrue(given().auth().oauth2(OFFICER).queryParam("size", 500).get(PATH).then().extract().jsonPath()
                .getList("procurementId").stream().noneMatch(procurement.toString()::equals), "nothing was stored");
    }

    @Test
    void noAwardWhileABidIsNotYetEvaluable() {
        UUID procurement = rankedProcurement("PCR_2015").procurementId();
        Awarding.ranking(procurement, List.of(entry(1, UUID.randomUUID(), UUID.randomUUID(), "A", "80.00", "10.00", "QUALIFIED"),
                entry(null, UUID.randomUUID(), UUID.randomUUID(), "B", null, "12.00", "NOT_EVALUABLE")));

        request(procurement, "2017-12-04").statusCode(409).body("title", equalTo("Evaluation incomplete"));
        assertNothingStoredFor(procurement);
    }

    @Test
    void noAwardWithoutAQualifiedBid() {
        UUID procurement = rankedProcurement("PCR_2015").procurementId();
        Awarding.ranking(procurement, List.of(entry(null, UUID.randomUUID(), UUID.randomUUID(), "B", null, "12.00", "DISQUALIFIED")));

        request(procurement, "2017-12-04").statusCode(409).body("title", equalTo("No qualified bid"));
        assertNothingStoredFor(procurement);
    }

    @Test
    void noAwardWhileTwoBidsTieForFirstPlace() {
        UUID procurement = rankedProcurement("PCR_2015").procurementId();
        Awarding.ranking(procurement, List.of(entry(1, UUID.randomUUID(), UUID.randomUUID(), "A", "80.00", "10.00", "QUALIFIED"),
                entry(1, UUID.randomUUID(), UUID.randomUUID(), "B", "80.00", "10.00", "QUALIFIED")));

        request(procurement, "2017-12-04").statusCode(409).body("title", equalTo("Tie for first place"));
        assertNothingStoredFor(procurement);
    }

    @Test
    void noAwardOfAProcurementThatIsNotInEvaluation() {
        UUID procurement = rankedProcurement("PCR_2015").procurementId();
        Awarding.procurement(procurement, "PCR_2015", "TENDER_OPEN");

        request(procurement, "2017-12-04").statusCode(409).body("title", equalTo("Not in evaluation"));
        assertNothingStoredFor(procurement);
    }

    @Test
    void anAwardOfAProcurementThatDoesNotExistIsNotFound() {
        request(UUID.randomUUID(), "2017-12-04").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAwardWithoutADecisionDateIsRefusedOnIt() {
        UUID procurement = rankedProcurement("PCR_2015").procurementId();

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("procurementId", procurement.toString()))
                .post(PATH).then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("decisionDate"));
        assertNothingStoredFor(procurement);
    }

    @Test
    void whileEitherServiceCannotBeReachedTheAnswerIs503AndNothingIsStored() {
        Scenario scenario = rankedProcurement("PCR_2015");
        for (String service : List.of("supplier-service", "procurement-service")) {
            Awarding.outage(service);
            try {
                request(scenario.procurementId(), "2017-12-04").statusCode(503).contentType("application/problem+json")
                        .body("detail", containsString(service));
            } finally {
                Awarding.recovery(service);
            }
        }
        request(scenario.procurementId(), "2017-12-04").statusCode(201);
    }

    @Test
    void concurrentAwardsOfOneProcurementLeaveExactlyOne() throws Exception {
        Scenario scenario = rankedProcurement("PCR_2015");
        List<Response> responses = Concurrently.run(6, attempt -> given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("procurementId", scenario.procurementId().toString(), "decisionDate", "2017-12-04")).post(PATH));
        String statuses = responses.stream().map(Response::statusCode).toList().toString();
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count(), statuses);
        assertEquals(5, responses.stream().filter(r -> r.statusCode() == 409).count(), statuses);
    }

    @Test
    void theAwardIsExportedToOcdsAsPendingDuringTheStandstill() {
        clock("2017-12-05T10:00:00Z");
        String award = award(rankedProcurement("PCR_2015").procurementId(), "2017-12-04");
        given().auth().oauth2(DevTokens.member("RH8")).get(PATH + "/" + award + "/ocds").then().statusCode(200)
                .body("version", equalTo("1.1"))
                .body("releases[0].tag", equalTo(List.of("award")))
                .body("releases[0].awards[0].status", equalTo("pending"))
                .body("releases[0].awards[0].suppliers[0].name", equalTo("MLL Telecom Ltd"));
    }

    private static ValidatableResponse request(UUID procurementId, String decisionDate) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("procurementId", procurementId.toString(), "decisionDate", decisionDate)).post(PATH).then();
    }
}
