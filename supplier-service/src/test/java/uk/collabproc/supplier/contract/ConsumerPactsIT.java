package uk.collabproc.supplier.contract;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.testsupport.ServiceProcess;
import uk.collabproc.testsupport.StubService;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * Verifies the pacts of supplier-service's consumers (pacts/ at the root) against the packaged service, run as a
 * process. It reads tenders from a stand-in procurement-service; provider states are set up through the public API.
 */
@Provider("supplier-service")
@PactFolder("../pacts")
class ConsumerPactsIT {

    private static StubService procurementService;
    private static ServiceProcess service;

    @BeforeAll
    static void startTheService() throws Exception {
        procurementService = new StubService();
        // Bidding finds the stand-in through this property, as it does in the @QuarkusTests.
        System.setProperty("quarkus.rest-client.procurement-service.url", procurementService.baseUri());
        service = ServiceProcess.ofThisModule("supplier-service")
                .withProperty("quarkus.rest-client.procurement-service.url", procurementService.baseUri())
                .start();
        service.awaitReady(Duration.ofSeconds(90));
        RestAssured.port = service.port();
    }

    @AfterAll
    static void stopTheService() throws Exception {
        service.stopAndRemove();
        procurementService.stop();
        RestAssured.reset();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", service.port()));
    }

    /** The pact's example token names the persona; it is swapped for a real token of that persona. */
    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        String example = request.getFirstHeader("Authorization") == null ? "" : request.getFirstHeader("Authorization").getValue();
        if (!example.contains("officer")) {
            throw new IllegalArgumentException("The pact's example token names no persona this provider knows: " + example);
        }
        request.setHeader("Authorization", "Bearer " + Bidding.OFFICER);
        context.verifyInteraction();
    }

    /** Nothing to set up: the consumer asks for an id that no procurement has. */
    @State("no procurement")
    void noProcurement() {
    }

    /** The worked example of docs/domain.md#worked-example: two bids, both moderated, A ranked first. */
    @State("a procurement whose bids are all moderated")
    Map<String, Object> aModeratedProcurement() {
        UUID procurement = Bidding.publishedTender();
        UUID a = Bidding.submit(procurement, Bidding.supplier("Pact A Ltd", true), Bidding.bid("50000.00", "200000.00"));
        UUID b = Bidding.submit(procurement, Bidding.supplier("Pact B Ltd", true), Bidding.bid("100000.00", "180000.00"));
        Bidding.clock(Bidding.AFTER_DEADLINE);
        Bidding.moderate(procurement, a, 4, 3, 5);
        Bidding.moderate(procurement, b, 3, 4, 3);
        return Map.of("procurementId", procurement.toString(), "bidId", a.toString());
    }
}
