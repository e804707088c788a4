package uk.collabproc.contract.access;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.FakeServices;
import uk.collabproc.testsupport.AccessMatrix;
import uk.collabproc.testsupport.AccessMatrix.Persona;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;

/**
 * Issue 10: every operation of contract-service that takes an id, called as every persona that must not reach it
 * (another organisation's officer, a member's project manager, a member for the lead's data, outsiders), answers a
 * documented refusal and gives away no site of the contract; every operation refuses tokens that prove nothing. The
 * contract of RK9's procurement migrates RK9's two sites and RH8's one, and its plan is ready.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class AccessMatrixTest {

    private static final Persona OFFICER_ELSEWHERE = new Persona("officer of another organisation", DevTokens.officer("ZZ9"));
    private static final Persona MEMBERS_MANAGER = new Persona("project manager of a member", DevTokens.projectManager("RH8"));
    private static final Persona MEMBER = new Persona("a member with sites in the contract", DevTokens.member("RH8"));
    private static final Persona MEMBER_ELSEWHERE = new Persona("a member without", DevTokens.member("RX1"));
    private static final Persona SUPPLIER = new Persona("a supplier", DevTokens.supplier(UUID.randomUUID().toString()));
    private static final Persona EVALUATOR = new Persona("an evaluator", DevTokens.evaluator("eval-alice"));
    private static final List<Persona> PERSONAS = List.of(OFFICER_ELSEWHERE, MEMBERS_MANAGER, MEMBER, MEMBER_ELSEWHERE, SUPPLIER,
            EVALUATOR);
    private static final Set<String> EVERYONE = Set.of(OFFICER_ELSEWHERE.name(), MEMBERS_MANAGER.name(), MEMBER.name(),
            MEMBER_ELSEWHERE.name(), SUPPLIER.name(), EVALUATOR.name());
    private static final Set<String> OWN_SITES = Set.of(MEMBER.name());
    private static final Set<String> NOBODY = Set.of();

    /** Who, of the personas, may reach each operation that takes an id (the lead's officer and project manager always may). */
    private static final Map<String, Set<String>> ENTITLED = Map.ofEntries(
            // A member reads the award and the contract that migrate its sites (issue 18); the winning supplier too, and the
            // supplier here is another (FindingTheContractTest).
            Map.entry("awardGet", OWN_SITES), Map.entry("conclusionConclude", NOBODY), Map.entry("contractGet", OWN_SITES),
            Map.entry("subscriptionGet", NOBODY), Map.entry("subscriptionDelete", NOBODY), Map.entry("subscriptionDeliveries", NOBODY),
            Map.entry("subscriptionRedeliver", NOBODY),
            // Public exports: everyone reads them, with site milestones only for those entitled (ContractAccessTest).
            Map.entry("awardOcdsAward", EVERYONE), Map.entry("ocdsContract", EVERYONE),
            Map.entry("benefitsGet", OWN_SITES), Map.entry("milestonesList", OWN_SITES), Map.entry("milestonesCalendar", OWN_SITES),
            Map.entry("baselinesList", NOBODY), Map.entry("baselinesCreate", NOBODY), Map.entry("migrationPlanPlan", NOBODY),
            Map.entry("migrationPlanGet", NOBODY), Map.entry("progressGet", NOBODY), Map.entry("milestonePatch", NOBODY),
            // Benefits realisation: the member of RH8 reads its own figures and records its own months and costs (paths name RH8).
            Map.entry("benefitMeasureDefine", NOBODY), Map.entry("benefitMeasureSetBaseline", NOBODY),
            Map.entry("benefitMeasureList", OWN_SITES), Map.entry("benefitMeasureGet", OWN_SITES),
            Map.entry("benefitMeasureMeasurements", OWN_SITES), Map.entry("benefitMeasureRecord", OWN_SITES),
            Map.entry("benefitMeasureHistory", OWN_SITES), Map.entry("benefitsFigures", OWN_SITES),
            Map.entry("projectCostsGet", OWN_SITES), Map.entry("projectCostsRecord", OWN_SITES), Map.entry("caseStudyGet", OWN_SITES));

    private static Map<String, String> values;

    @BeforeEach
    void aContractWithAReadyPlan() throws InterruptedException {
        if (values != null) {
            return;
        }
        String contract = Awarding.concludedContract();
        String award = given().auth().oauth2(Awarding.OFFICER).get("/api/v1/contracts/" + contract).then().statusCode(200)
                .extract().path("awardId");
        Awarding.clock("2018-03-01T09:00:00Z");
        String pm = DevTokens.projectManager("RK9");
        String plan = "/api/v1/contracts/" + contract + "/migration-plan";
        given().auth().oauth2(pm).contentType(ContentType.JSON).body(MigrationPlanBody.plan().asMap()).put(plan).then().statusCode(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"READY".equals(given().auth().oauth2(pm).get(plan).then().extract().path("status")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        String milestone = given().auth().oauth2(pm).queryParam("siteCode", "RK9-DERRIFORD")
                .get("/api/v1/contracts/" + contract + "/milestones")
                .then().statusCode(200).extract().path("[0].id");
        String measure = given().auth().oauth2(Awarding.OFFICER).contentType(ContentType.JSON)
                .body(Map.of("name", "CRIS access issues", "unit", "issues a month", "direction", "LOWER_IS_BETTER", "clinicalService",
                        "CRIS",
                        "organisations", List.of(Map.of("odsCode", "RH8", "baseline",
                                Map.of("baselineValue", 20, "baselinePeriod", "2017-06", "targetValue", 10)))))
                .post("/api/v1/contracts/" + contract + "/benefit-measures").then().statusCode(201).extract().path("id");
        // The lead partner's own partner system: nobody of another organisation or a supplier may see or delete it.
        String subscription = given().auth().oauth2(Awarding.OFFICER).contentType(ContentType.JSON)
                .body(Map.of("endpoint", "https://integration.plymouth.example.nhs.uk/events", "eventTypes",
                        List.of("uk.collabproc.plan.ready")))
                .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        values = Map.of("/api/v1/awards/{id}", award, "/api/v1/contracts/{id}", contract, "/api/v1/milestones/{id}", milestone,
                "/api/v1/subscriptions/{id}", subscription, "measureId", measure, "odsCode", "RH8", "period", "2018-02", "deliveryId",
                UUID.randomUUID().toString());
    }

    private static final List<String> SITES_OF_OTHERS = List.of("DERRIFORD", "MOUNTGOULD", "Derriford", "Mount Gould");

    @Test
    void everyOperationThatTakesAnIdRefusesThePersonasNotEntitledToIt() {
        AccessMatrix matrix = AccessMatrix.ofCommittedDocument();
        matrix.refuseWhereNotEntitled(PERSONAS, ENTITLED, values, SITES_OF_OTHERS);
        matrix.assertNoFindings("contract-service, personas");
    }

    @Test
    void everyOperationRefusesATokenThatProvesNothing() {
        AccessMatrix matrix = AccessMatrix.ofCommittedDocument();
        matrix.refuseBadTokens(name -> values.getOrDefault(name, UUID.randomUUID().toString()), SITES_OF_OTHERS);
        matrix.assertNoFindings("contract-service, tokens");
    }
}
