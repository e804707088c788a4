package uk.collabproc.contract.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import uk.collabproc.contract.award.Award;
import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.Awarding.Scenario;
import uk.collabproc.contract.testing.FakeServices;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;

/**
 * Issue 17, defects 1, 5, 6 and 9 as contract-service meets them: who may act for an award and its contract, the service
 * identity that alone tells procurement-service of an award, the overall time an award may wait on a hung neighbour, and
 * the site-level milestones of the public OCDS export.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ContractAccessTest {

    private static final String STRANGER = DevTokens.officer("ZZ9");
    private static final Map<String, Object> PLAN = MigrationPlanBody.plan().withLeadTimes(5, 30, 5, 5, 10).asMap();

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> awardRequest(UUID procurement) {
        return Map.of("procurementId", procurement.toString(), "decisionDate", "2017-12-04");
    }

    @Test
    void procurementServiceHearsOfTheAwardFromContractServiceNotFromTheOfficer() {
        Awarding.clock("2017-12-04T10:00:00Z");
        Scenario scenario = Awarding.rankedProcurement("PCR_2015");
        as(Awarding.OFFICER).body(awardRequest(scenario.procurementId())).post("/api/v1/awards").then().statusCode(201);
        String told = Awarding.authorization("procurement-service", "/api/v1/procurements/" + scenario.procurementId() + "/award-decision");
        assertTrue(told.startsWith("Bearer "), "procurement-service was told with a token");
        String claims = new String(Base64.getUrlDecoder().decode(told.substring("Bearer ".length()).split("\\.")[1]));
        JsonPath token = JsonPath.from(claims);
        assertTrue(token.getList("groups").contains("contract-service"), "the service identity: " + claims);
        assertFalse(token.getList("groups").contains("officer"), "not the officer's token: " + claims);
        // Stored, then marked as told: both are audited.
        assertEquals(List.of(0, 1), auditOfAward(scenario.procurementId()), "the award's audit revisions");
    }

    private static List<Integer> auditOfAward(UUID procurementId) {
        List<?> revisions = QuarkusTransaction.requiringNew().call(() -> Award.getEntityManager()
                .createNativeQuery("select revision_type from award_audit where procurement_id = ?1 order by revision")
                .setParameter(1, procurementId).getResultList());
        return revisions.stream().map(type -> ((Number) type).intValue()).toList();
    }

    @Test
    void whenProcurementServiceRefusesTheDecisionTheAwardIsTakenBack() {
        Awarding.clock("2017-12-04T10:00:00Z");
        Scenario scenario = Awarding.rankedProcurement("PCR_2015");
        Awarding.forget("procurement-service", "/api/v1/procurements/" + scenario.procurementId() + "/award-decision");
        as(Awarding.OFFICER).body(awardRequest(scenario.procurementId())).post("/api/v1/awards").then().statusCode(404);
        assertTrue(as(Awarding.OFFICER).queryParam("size", 500).get("/api/v1/awards").then().statusCode(200).extract().jsonPath()
                .getList("procurementId").stream().noneMatch(scenario.procurementId().toString()::equals), "nothing was stored");
        // Taking the award back is a state change like any other: the audit shows it stored, then deleted.
        assertEquals(List.of(0, 2), auditOfAward(scenario.procurementId()), "the award's audit revisions");
    }

    /**
     * The neighbour answers only after 2.5 s, beyond the test profile's budget of 1.5 s: the award answers 503 instead of
     * waiting for it (without the budget it would wait and succeed). The delay stays under the clients' own timeouts, so
     * the abandoned calls end well and leave the circuit breakers alone for the tests that follow.
     */
    @Test
    void aHungNeighbourGetsAnAnswerWithinTheBudgetAndNothingIsStored() throws InterruptedException {
        Awarding.clock("2017-12-04T10:00:00Z");
        Scenario scenario = Awarding.rankedProcurement("PCR_2015");
        for (String service : List.of("supplier-service", "procurement-service")) {
            Awarding.hang(service, 2_500);
            long started = System.nanoTime();
            try {
                as(Awarding.OFFICER).body(awardRequest(scenario.procurementId())).post("/api/v1/awards").then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", not(empty()))
                        .body("detail", org.hamcrest.Matchers.containsString("nothing has been changed"));
            } finally {
                Awarding.unhang(service);
            }
            System.out.printf("%s answering after 2.5 s: the award answered 503 after %d ms%n", service,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            Thread.sleep(3_000);
        }
        assertTrue(as(Awarding.OFFICER).queryParam("size", 500).get("/api/v1/awards").then().extract().jsonPath()
                .getList("procurementId").stream().noneMatch(scenario.procurementId().toString()::equals), "nothing was stored");
        as(Awarding.OFFICER).body(awardRequest(scenario.procurementId())).post("/api/v1/awards").then().statusCode(201);
    }

    @Test
    void anOfficerOfAnotherOrganisationCannotAwardOrConclude() {
        Awarding.clock("2017-12-05T10:00:00Z");
        Scenario scenario = Awarding.rankedProcurement("PCR_2015");
        as(STRANGER).body(awardRequest(scenario.procurementId())).post("/api/v1/awards").then().statusCode(404);
        String award = Awarding.award(scenario.procurementId(), "2017-12-04");
        as(STRANGER).get("/api/v1/awards/" + award).then().statusCode(404);
        as(STRANGER).get("/api/v1/awards").then().statusCode(200).body("id", not(org.hamcrest.Matchers.hasItem(award)));
        as(STRANGER).body(awardRequest(scenario.procurementId())).post("/api/v1/awards").then().statusCode(404);
        Awarding.clock("2017-12-18T09:00:00Z");
        as(STRANGER).body(Map.of("signedDate", "2017-12-20")).post("/api/v1/awards/" + award + "/contract").then().statusCode(404);
        // A co-lead's officer acts for the award: it may read it.
        as(DevTokens.officer("RA9")).get("/api/v1/awards/" + award).then().statusCode(200);
        String contract = as(Awarding.OFFICER).body(Map.of("signedDate", "2017-12-20")).post("/api/v1/awards/" + award + "/contract")
                .then().statusCode(201).extract().path("id");
        as(STRANGER).get("/api/v1/contracts/" + contract).then().statusCode(404);
        as(STRANGER).get("/api/v1/contracts").then().statusCode(200).body("id", not(org.hamcrest.Matchers.hasItem(contract)));
        as(STRANGER).get("/api/v1/contracts/" + contract + "/benefits").then().statusCode(404);
        as(Awarding.OFFICER).get("/api/v1/contracts/" + contract).then().statusCode(200);
    }

    @Test
    void aProjectManagerOfAnotherOrganisationCannotTouchThePlanOrItsMilestones() throws Exception {
        String contract = Awarding.concludedContract();
        Awarding.clock("2018-03-01T09:00:00Z");
        String base = "/api/v1/contracts/" + contract;
        String stranger = DevTokens.projectManager("RH8");
        String pm = DevTokens.projectManager("RK9");
        as(stranger).body(PLAN).put(base + "/migration-plan").then().statusCode(404);
        as(pm).body(PLAN).put(base + "/migration-plan").then().statusCode(202);
        awaitReady(pm, base + "/migration-plan");
        as(stranger).get(base + "/migration-plan").then().statusCode(404);
        as(stranger).get(base + "/milestones").then().statusCode(404);
        as(stranger).get(base + "/progress").then().statusCode(404);
        as(stranger).get(base + "/baselines").then().statusCode(404);
        as(stranger).body(Map.of("name", "Hijacked baseline")).post(base + "/baselines").then().statusCode(404);
        as(stranger).get("/api/v1/contracts/" + contract).then().statusCode(404);
        String milestone = as(pm).get(base + "/milestones").then().statusCode(200).extract().path("[0].id");
        as(stranger).body(Map.of("forecastDate", "2019-01-01", "version", 0)).patch("/api/v1/milestones/" + milestone).then()
                .statusCode(404);
        as(pm).get(base + "/baselines").then().statusCode(200).body("", empty());
        as(pm).get(base + "/milestones").then().statusCode(200).body("[0].version", equalTo(0));

        // Issue 17, defect 9: the OCDS export is open to every role; site-level milestones go only to those entitled.
        String ocds = base + "/ocds";
        String milestones = "releases[0].contracts[0].implementation.milestones";
        as(pm).get(ocds).then().statusCode(200).body(milestones, hasSize(18));
        as(DevTokens.member("RH8")).get(ocds).then().statusCode(200).body(milestones, hasSize(6))
                .body(milestones + ".title", everyItem(org.hamcrest.Matchers.containsString("RH8-")));
        for (String outsider : List.of(DevTokens.supplier(UUID.randomUUID().toString()), DevTokens.evaluator("eval-alice"),
                DevTokens.member("RX1"), STRANGER)) {
            String body = as(outsider).get(ocds).then().statusCode(200).body(milestones, hasSize(6))
                    .body(milestones + ".title", everyItem(programmeTitle())).extract().asString();
            assertFalse(body.contains("DERRIFORD") || body.contains("MOUNTGOULD") || body.contains("EXETER"), "no site in " + body);
        }
    }

    private static org.hamcrest.Matcher<String> programmeTitle() {
        return org.hamcrest.Matchers.matchesPattern("[A-Z_]+ of 3 sites");
    }

    private static void awaitReady(String pm, String plan) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if ("READY".equals(as(pm).get(plan).then().statusCode(200).extract().path("status"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The plan was not READY within 30 s");
    }
}
