package uk.collabproc.contract.supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.Awarding.Scenario;
import uk.collabproc.contract.testing.FakeServices;

/**
 * Issue 10: the typed client of supplier-service times out, retries and breaks the circuit as configured. The timings
 * are shortened through configuration only (the profile below); the annotations on {@link SupplierClient} stay as
 * production runs them.
 */
@QuarkusTest
@TestProfile(FaultToleranceTest.ShortTimings.class)
@QuarkusTestResource(FakeServices.class)
class FaultToleranceTest {

    public static class ShortTimings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String client = SupplierClient.class.getName();
            return Map.of(client + "/Timeout/value", "300", client + "/Timeout/unit", "MILLIS",
                    client + "/Retry/delay", "20",
                    client + "/CircuitBreaker/delay", "1", client + "/CircuitBreaker/delayUnit", "SECONDS",
                    "collab.remote.operation-budget", "PT10S");
        }
    }

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private Scenario scenario;

    @BeforeEach
    void rankedProcurementWithAClosedCircuit() {
        circuitBreakers.resetAll();
        Awarding.clock("2017-12-04T10:00:00Z");
        scenario = Awarding.rankedProcurement("PCR_2015");
    }

    @Test
    void aFailingReadIsTriedThreeTimesThenAnswered503() {
        Awarding.outage("supplier-service");
        try {
            award().statusCode(503).body("detail", containsString("supplier-service"));
        } finally {
            Awarding.recovery("supplier-service");
        }
        assertEquals(3, rankingReads(), "one read and two retries");
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetriedInsteadOfWaitedFor() {
        Awarding.hang("supplier-service", 1_000);
        try {
            // Without the 300 ms timeout the first read would succeed after 1 s, and the award would be made.
            award().statusCode(503).body("detail", containsString("supplier-service"));
        } finally {
            Awarding.unhang("supplier-service");
        }
        assertEquals(3, rankingReads(), "three attempts, each given up after 300 ms");
    }

    @Test
    void aFailingServiceOpensTheCircuitSoCallersStopWaitingOnItUntilItRecovers() throws InterruptedException {
        Awarding.outage("supplier-service");
        for (int award = 0; award < 4; award++) {
            award().statusCode(503);
        }
        int readsWhileFailing = rankingReads();
        Awarding.recovery("supplier-service");
        // The circuit is open: the next award is refused at once, without calling supplier-service.
        award().statusCode(503);
        assertEquals(readsWhileFailing, rankingReads(), "no call while the circuit is open");
        Thread.sleep(1_200);
        award().statusCode(201);
        assertEquals(readsWhileFailing + 1, rankingReads(), "after the delay a trial call goes through and succeeds");
    }

    private ValidatableResponse award() {
        return given().auth().oauth2(Awarding.OFFICER).contentType(ContentType.JSON)
                .body(Map.of("procurementId", scenario.procurementId().toString(), "decisionDate", "2017-12-04")).post("/api/v1/awards")
                .then();
    }

    private int rankingReads() {
        String path = "GET /api/v1/procurements/" + scenario.procurementId() + "/ranking";
        return (int) Awarding.requests("supplier-service").stream().filter(path::equals).count();
    }
}
