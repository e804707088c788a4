package uk.collabproc.contract.migration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.testsupport.Concurrently;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;

/**
 * Replicas share one database: a plan is solved by the replica holding its lease, and a plan whose replica stopped
 * (its lease unheld, or run out) is found by the sweep of any replica and solved by the one that claims it. Another
 * replica is played here by rows naming another holder.
 */
@QuarkusTest
class PlanResumptionTest {

    private static final String PM = DevTokens.projectManager("RK9");
    private static final String OTHER_REPLICA = "contract-service-other/replica";

    @Inject
    PlanResumption resumption;

    @Inject
    SolverLease lease;

    /** A contract of three sites whose plan was solved: 18 milestones. */
    private static UUID solvedPlan() throws InterruptedException {
        String contract = Awarding.concludedContract();
        Awarding.clock("2018-03-01T09:00:00Z");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(MigrationPlanBody.plan().asMap()).put(plan(contract)).then()
                .statusCode(202);
        awaitReady(contract);
        assertEquals("18", milestoneCount(contract), "six milestones for each of the contract's three sites");
        return UUID.fromString(contract);
    }

    /** The plan as a replica stopped while solving it left it: SOLVING, its lease held by {@code holder} until then. */
    private static void leftSolving(UUID contractId, String holder, String leaseUntil) {
        QuarkusTransaction.requiringNew().run(() -> MigrationPlan.getEntityManager()
                .createNativeQuery("update migration_plan set status = 'SOLVING', finished_at = null, solver_replica = ?1,"
                        + " solver_lease_until = clock_timestamp() + cast(?2 as interval) where contract_id = ?3")
                .setParameter(1, holder).setParameter(2, leaseUntil).setParameter(3, contractId).executeUpdate());
    }

    private static String holder(UUID contractId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) MigrationPlan.getEntityManager()
                .createNativeQuery("select solver_replica from migration_plan where contract_id = ?1", String.class)
                .setParameter(1, contractId).getSingleResult());
    }

    @Test
    void aPlanLeftSolvingWithoutALeaseIsSolvedAgainWithItsMilestonesOnce() throws InterruptedException {
        UUID contractId = solvedPlan();
        leftSolving(contractId, null, "0 seconds");
        assertTrue(lease.orphaned().contains(contractId), "found by the sweep");

        resumption.sweep();

        JsonPath again = awaitReady(contractId.toString());
        assertNotNull(again.getString("finishedAt"), "solved anew");
        assertEquals("18", milestoneCount(contractId.toString()), "each site's milestones once");
        assertNull(holder(contractId), "the lease given up with the plan stored");
        assertFalse(lease.orphaned().contains(contractId));
    }

    @Test
    void aPlanAnotherReplicaIsSolvingIsLeftToItUntilItsLeaseRunsOutThenTakenOver() throws InterruptedException {
        UUID contractId = solvedPlan();
        leftSolving(contractId, OTHER_REPLICA, "1 hour");

        resumption.sweep();
        assertFalse(lease.orphaned().contains(contractId));
        assertFalse(lease.claim(contractId), "held by the other replica");
        Thread.sleep(500);
        assertEquals(OTHER_REPLICA, holder(contractId));
        given().auth().oauth2(PM).get(plan(contractId.toString())).then().statusCode(200).body("status", equalTo("SOLVING"));

        leftSolving(contractId, OTHER_REPLICA, "-1 second"); // the other replica died: nobody renews its lease
        resumption.sweep();

        awaitReady(contractId.toString());
        assertEquals("18", milestoneCount(contractId.toString()), "each site's milestones once");
        assertNull(holder(contractId));
    }

    @Test
    void replicasClaimingOnePlanAtOnceLeaveItToOne() throws InterruptedException {
        UUID contractId = solvedPlan();
        leftSolving(contractId, null, "0 seconds");
        List<Boolean> claims = Concurrently.run(8, i -> lease.claim(contractId));
        assertEquals(1, claims.stream().filter(claimed -> claimed).count(), "one claim: " + claims);
        assertEquals(lease.replica(), holder(contractId));
        QuarkusTransaction.requiringNew().run(() -> assertTrue(lease.release(contractId)));
        leftSolving(contractId, OTHER_REPLICA, "1 hour");
        resumption.sweep();
        Thread.sleep(500);
        assertEquals(OTHER_REPLICA, holder(contractId), "nobody else solves it");
        solvedAgain(contractId);
    }

    @Test
    void aLeaseHeldWhileSolvingIsRenewedSoThatNoSweepTakesThePlan() throws InterruptedException {
        UUID contractId = claimedHere();
        leftSolving(contractId, lease.replica(), "1 second"); // about to run out

        lease.renew();

        assertTrue(QuarkusTransaction.requiringNew().call(() -> (Boolean) MigrationPlan.getEntityManager()
                .createNativeQuery("select solver_lease_until > clock_timestamp() + interval '20 seconds' from migration_plan"
                        + " where contract_id = ?1", Boolean.class)
                .setParameter(1, contractId).getSingleResult()), "renewed for the lease's length");
        Thread.sleep(1_500);
        assertFalse(lease.orphaned().contains(contractId), "still held after the old lease ran out");

        QuarkusTransaction.requiringNew().run(() -> assertTrue(lease.release(contractId)));
        solvedAgain(contractId);
    }

    @Test
    void aReplicaWhoseLeaseWasTakenOverStoresNothing() throws InterruptedException {
        UUID contractId = claimedHere();
        leftSolving(contractId, OTHER_REPLICA, "1 hour"); // this replica stalled past its lease, and another took the plan

        assertFalse(QuarkusTransaction.requiringNew().call(() -> lease.release(contractId)), "refused: the solution is dropped");
        assertEquals(OTHER_REPLICA, holder(contractId));

        solvedAgain(contractId);
    }

    /** A solved plan, SOLVING again and claimed by this replica, as if this replica had begun to solve it. */
    private UUID claimedHere() throws InterruptedException {
        UUID contractId = solvedPlan();
        leftSolving(contractId, null, "0 seconds");
        assertTrue(lease.claim(contractId));
        return contractId;
    }

    /** Leaves the plan to this replica's sweep and waits until it is solved, so that no test leaves a plan SOLVING. */
    private void solvedAgain(UUID contractId) throws InterruptedException {
        leftSolving(contractId, null, "0 seconds");
        resumption.sweep();
        awaitReady(contractId.toString());
    }

    private static String plan(String contract) {
        return "/api/v1/contracts/" + contract + "/migration-plan";
    }

    private static String milestoneCount(String contract) {
        return given().auth().oauth2(PM).queryParam("size", 1).get("/api/v1/contracts/" + contract + "/milestones").then()
                .statusCode(200).extract().header("X-Total-Count");
    }

    private static JsonPath awaitReady(String contract) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath current = given().auth().oauth2(PM).get(plan(contract)).then().statusCode(200).body("contractId", equalTo(contract))
                    .extract().jsonPath();
            if ("READY".equals(current.getString("status"))) {
                return current;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The plan was not READY within 30 s");
    }
}
