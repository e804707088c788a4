package uk.collabproc.contract.fuzz;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.FakeServices;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;
import uk.collabproc.testsupport.fuzz.ApiFuzzer;

/**
 * Sends contract-service requests generated from its committed OpenAPI document, valid and malformed, with the
 * tokens of the roles each operation names, and requires every answer to be one the document promises.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ApiFuzzTest {

    private static final String PM = DevTokens.projectManager("RK9");

    @Test
    void everyAnswerIsOneTheDocumentPromises() throws Exception {
        String contract = Awarding.concludedContract();
        String award = given().auth().oauth2(Awarding.OFFICER).get("/api/v1/contracts/" + contract).then().statusCode(200)
                .extract().path("awardId");
        Awarding.Scenario pending = Awarding.rankedProcurement("PCR_2015");
        String standstill = Awarding.award(pending.procurementId(), "2017-12-18");
        Awarding.clock("2018-03-01T09:00:00Z");
        String plan = "/api/v1/contracts/" + contract + "/migration-plan";
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(MigrationPlanBody.plan().asMap())
                .put(plan).then().statusCode(202);
        awaitReady(plan);
        List<String> milestones = given().auth().oauth2(PM).get("/api/v1/contracts/" + contract + "/milestones")
                .then().statusCode(200).extract().path("id");

        ApiFuzzer.Report report = ApiFuzzer.forDocument(Path.of("src/main/openapi/openapi.yaml"))
                .requests(1000)
                .values("id", contract, award, standstill, milestones.get(0), milestones.get(milestones.size() - 1))
                .values("procurementId", pending.procurementId().toString())
                .values("odsCode", "RK9", "RH8")
                .values("siteCode", "RK9-DERRIFORD", "RH8-EXETER")
                .tokens("officer", Awarding.OFFICER)
                .tokens("project-manager", PM)
                .tokens("member", DevTokens.member("RH8"), DevTokens.member("RK9"))
                .run();
        ApiFuzzer.assertNoFindings(report);
    }

    private static void awaitReady(String plan) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if ("READY".equals(given().auth().oauth2(PM).get(plan).then().statusCode(200).extract().path("status"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The plan was not READY within 30 s");
    }
}
