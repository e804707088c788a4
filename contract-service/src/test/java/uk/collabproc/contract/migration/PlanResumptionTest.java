package uk.collabproc.contract.migration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;

/**
 * A plan the service was solving when it stopped is solved again when it starts: the start-up observer finds it with
 * SQL of its own and hands it to the migration service, which it creates only then.
 */
@QuarkusTest
class PlanResumptionTest {

    private static final String PM = DevTokens.projectManager("RK9");

    @Inject
    PlanResumption resumption;

    @Test
    void aPlanLeftSolvingByAStoppedServiceIsSolvedAgainAtStartWithItsMilestonesOnce() throws InterruptedException {
        String contract = Awarding.concludedContract();
        Awarding.clock("2018-03-01T09:00:00Z");
        String plan = "/api/v1/contracts/" + contract + "/migration-plan";
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(MigrationPlanBody.plan().asMap()).put(plan).then().statusCode(202);
        awaitReady(plan);
        String milestonesBefore = milestoneCount(contract);
        assertEquals("18", milestonesBefore, "six milestones for each of the contract's three sites");

        UUID contractId = UUID.fromString(contract);
        QuarkusTransaction.requiringNew().run(() -> MigrationPlan.update("status = ?1, finishedAt = null where contractId = ?2",
                MigrationPlan.Status.SOLVING, contractId));
        assertTrue(QuarkusTransaction.requiringNew().call(MigrationPlan::solving).contains(contractId),
                "the plan left SOLVING is found at start");

        resumption.resumeAfterRestart(null);

        JsonPath again = awaitReady(plan);
        assertNotNull(again.getString("finishedAt"), "solved anew");
        assertEquals(milestonesBefore, milestoneCount(contract), "each site's milestones once");
        assertTrue(QuarkusTransaction.requiringNew().call(MigrationPlan::solving).isEmpty(), "nothing left solving");
    }

    private static String milestoneCount(String contract) {
        return given().auth().oauth2(PM).queryParam("size", 1).get("/api/v1/contracts/" + contract + "/milestones").then()
                .statusCode(200).extract().header("X-Total-Count");
    }

    private static JsonPath awaitReady(String plan) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath current = given().auth().oauth2(PM).get(plan).then().statusCode(200).body("contractId", equalTo(plan.split("/")[4]))
                    .extract().jsonPath();
            if ("READY".equals(current.getString("status"))) {
                return current;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The plan was not READY within 30 s");
    }
}
