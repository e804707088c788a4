package uk.collabproc.procurement.contract;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.ServiceProcess;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * Verifies the pacts of procurement-service's consumers (pacts/ at the root of the checkout) against the
 * packaged service, run as a process the way it runs for real. Provider states are set up through the
 * public API.
 */
@Provider("procurement-service")
@PactFolder("../pacts")
class ConsumerPactsIT {

    private static ServiceProcess service;

    @BeforeAll
    static void startTheService() throws Exception {
        service = ServiceProcess.ofThisModule("procurement-service").start();
        service.awaitReady(Duration.ofSeconds(90));
        RestAssured.port = service.port();
    }

    @AfterAll
    static void stopTheService() throws Exception {
        service.stopAndRemove();
        RestAssured.reset();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", service.port()));
    }

    /**
     * Consumers forward their caller's token. The pact's example token names the persona (a supplier bids,
     * an officer awards, a project manager plans); it is swapped for a real token of that persona.
     */
    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        String example = request.getFirstHeader("Authorization") == null ? "" : request.getFirstHeader("Authorization").getValue();
        request.setHeader("Authorization", "Bearer " + tokenFor(example));
        context.verifyInteraction();
    }

    private static String tokenFor(String exampleHeader) {
        if (exampleHeader.contains("contract-service")) {
            return DevTokens.service("contract-service");
        }
        if (exampleHeader.contains("officer")) {
            return DevTokens.officer("PCL");
        }
        if (exampleHeader.contains("project-manager")) {
            return DevTokens.projectManager("PCL");
        }
        if (exampleHeader.contains("supplier")) {
            return DevTokens.supplier("pact-supplier");
        }
        throw new IllegalArgumentException("The pact's example token names no persona: " + exampleHeader);
    }

    /** Nothing to set up: the consumer asks for an id that no procurement has. */
    @State("no procurement")
    void noProcurement() {
    }

    @State("a procurement in evaluation")
    Map<String, Object> aProcurementInEvaluation() {
        Map<String, Object> state = aPublishedProcurement();
        Fixtures.clock("2017-11-07T09:00:00Z");
        return state;
    }

    @State("an awarded procurement")
    Map<String, Object> anAwardedProcurement() {
        Map<String, Object> state = aProcurementInEvaluation();
        String awardId = UUID.randomUUID().toString();
        RestAssured.given().auth().oauth2(DevTokens.service("contract-service")).contentType("application/json")
                .body(Map.of("awardId", awardId, "decisionDate", "2017-12-04", "standstillEndsAt", "2017-12-15T00:00:00Z"))
                .post("/api/v1/procurements/" + state.get("procurementId") + "/award-decision")
                .then().statusCode(200);
        return Map.of("procurementId", state.get("procurementId"), "awardId", awardId);
    }

    @State({ "a published tender", "a published procurement with approved requirements" })
    Map<String, Object> aPublishedProcurement() {
        String reference = "PACT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        return Map.of("procurementId", Fixtures.publishedProcurement(reference, "PCL", "PCM"));
    }
}
