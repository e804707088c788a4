package uk.collabproc.contract.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.collabproc.contract.testing.Awarding.OFFICER;
import static uk.collabproc.contract.testing.Awarding.clock;
import static uk.collabproc.contract.testing.Awarding.rankedProcurement;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.Awarding.Scenario;
import uk.collabproc.contract.testing.FakeServices;
import uk.collabproc.testsupport.Traceparent;

/**
 * An award is one trace across the three services: every call contract-service makes for it, the reads within the
 * remote budget (run on other threads, under a fault-tolerance timeout) and the award decision told as
 * contract-service, carries on the trace the officer's request arrived with.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class TracePropagationTest {

    @Test
    void everyCallOfAnAwardCarriesTheTraceTheRequestArrivedWith() {
        clock("2017-12-04T10:00:00Z");
        Scenario scenario = rankedProcurement("PCR_2015");
        Traceparent officers = Traceparent.random();

        given().header(Traceparent.HEADER, officers.toString()).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("procurementId", scenario.procurementId().toString(), "decisionDate", "2017-12-04"))
                .post("/api/v1/awards").then().statusCode(201);

        String procurement = "/api/v1/procurements/" + scenario.procurementId();
        assertAll(
                () -> assertEquals(officers.traceId(), traceIdSeen("procurement-service", procurement), "reading the procurement"),
                () -> assertEquals(officers.traceId(), traceIdSeen("supplier-service", procurement + "/ranking"), "reading the ranking"),
                () -> assertEquals(officers.traceId(), traceIdSeen("procurement-service", procurement + "/award-decision"),
                        "telling procurement-service of the award"));
    }

    private static String traceIdSeen(String service, String path) {
        return Traceparent.parse(Awarding.header(service, Traceparent.HEADER, path)).traceId();
    }
}
