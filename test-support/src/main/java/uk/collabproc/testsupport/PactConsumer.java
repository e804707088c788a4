package uk.collabproc.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import au.com.dius.pact.consumer.ConsumerPactRunnerKt;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * The consumer side of a pact, played by the consumer's own code: pact-jvm's mock provider serves the interaction on a
 * free port, and {@code call} reaches it through the service's real REST client (built inside a running Quarkus test,
 * as the Quarkus REST client needs one). When the interaction is met, the pact is merged into {@code pacts/}.
 */
public final class PactConsumer {

    /** The media type of a problem answer, as a pact header matcher. */
    public static final String PROBLEM_JSON = "application/problem\\+json.*";

    private PactConsumer() {
    }

    /** An id that no resource of any provider has, for the interactions answered 404. */
    public static final String MISSING_ID = "00000000-0000-4000-8000-000000000404";

    /** The provider's 404 for {@code request}: a problem document saying so, which a consumer reads as missing. */
    public static RequestResponsePact answeredNotFound(PactDslRequestWithPath request) {
        return request.willRespondWith()
                .status(404)
                .matchHeader("Content-Type", PROBLEM_JSON, "application/problem+json")
                .body(new PactDslJsonBody().integerType("status", 404).stringType("title", "Not Found"))
                .toPact();
    }

    /**
     * A read that forwards the caller's token (any bearer token matches; {@code exampleToken} is the one recorded) of a
     * path the provider state names ({@code ${procurementId}}), answered 200: the answer's headers and body are the
     * caller's to add.
     */
    public static PactDslResponse readBy(PactDslWithState state, String description, String pathFromState, String examplePath,
            String exampleToken) {
        return state.uponReceiving(description)
                .method("GET")
                .pathFromProviderState(pathFromState, examplePath)
                .matchHeader("Authorization", "Bearer .+", exampleToken)
                .willRespondWith()
                .status(200);
    }

    /** A read of {@code path}, which names {@link #MISSING_ID}, with the caller's token: answered 404. */
    public static RequestResponsePact readOfMissing(PactDslWithState state, String description, String path, String exampleToken) {
        return answeredNotFound(state.uponReceiving(description)
                .method("GET")
                .path(path)
                .matchHeader("Authorization", "Bearer .+", exampleToken));
    }

    /** Answers what {@code call} answered; an assertion or exception inside it, or an unmet interaction, fails the test. */
    @SuppressWarnings("unchecked")
    public static <T> T verify(RequestResponsePact pact, Function<URI, T> call) {
        PactVerificationResult result = ConsumerPactRunnerKt.runConsumerTest(pact, MockProviderConfig.createDefault(PactSpecVersion.V3),
                (mockServer, context) -> call.apply(URI.create(mockServer.getUrl())));
        if (result instanceof PactVerificationResult.Ok ok) {
            return (T) ok.getResult();
        }
        if (result instanceof PactVerificationResult.Error error && error.getError() instanceof RuntimeException thrown) {
            throw thrown;
        }
        if (result instanceof PactVerificationResult.Error error && error.getError() instanceof Error thrown) {
            throw thrown;
        }
        throw new AssertionError("The pact was not met: " + result.getDescription());
    }

    /**
     * Starts a consumer's pact with a provider afresh, so that the interactions its tests merge in are exactly this
     * run's (pact-jvm merges into an existing file).
     */
    public static void startAfresh(String consumer, String provider) {
        String directory = System.getProperty("pact.rootDir", "target/pacts");
        try {
            Files.deleteIfExists(Path.of(directory, consumer + "-" + provider + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
