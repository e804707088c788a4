package uk.collabproc.testsupport;

import java.time.Duration;

import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;

/**
 * The provider side of the pacts: verifies what a service's consumers recorded (pacts/ at the root of the checkout)
 * against the service as packaged, run as a process the way it runs for real. A subclass names the provider and the
 * pact folder ({@code @Provider}, {@code @PactFolder}), starts its service with {@link #start} from a
 * {@code @BeforeAll}, sets up the provider states ({@code @State}) through the public API, and says which real token
 * stands for a pact's example token.
 */
public abstract class PackagedProvider {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static ServiceProcess service;

    /** Starts the packaged service and points REST Assured, which the provider states use, at it. */
    protected static void start(ServiceProcess process) throws Exception {
        service = process.start();
        service.awaitReady(READY_WITHIN);
        RestAssured.port = service.port();
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (service != null) {
            service.stopAndRemove();
        }
        RestAssured.reset();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", service.port()));
    }

    /** Consumers forward their caller's token: the pact's example token names the persona, swapped for a real token of it. */
    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        String example = request.getFirstHeader("Authorization") == null ? "" : request.getFirstHeader("Authorization").getValue();
        request.setHeader("Authorization", "Bearer " + tokenFor(example));
        context.verifyInteraction();
    }

    /** The real token for the persona that a pact's example {@code Authorization} header names; refuses others. */
    protected abstract String tokenFor(String exampleHeader);
}
