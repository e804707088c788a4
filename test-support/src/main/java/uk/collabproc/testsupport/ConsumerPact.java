package uk.collabproc.testsupport;

import java.net.URI;
import java.util.function.Function;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * One consumer's pact with one provider, whose interactions the consumer's own REST client interface {@code api} plays
 * (see {@link PactConsumer}). A consumer test registers it once ({@code @RegisterExtension}) and writes only its
 * interactions and the calls; before the test class runs, the pact's file is started afresh, so that it holds exactly this
 * run's interactions (pact-jvm merges into an existing file).
 */
public record ConsumerPact<A>(String consumer, String provider, Class<A> api) implements BeforeAllCallback {

    /** An interaction begins with the provider state it needs. */
    public PactDslWithState given(String state) {
        return ConsumerPactBuilder.consumer(consumer).hasPactWith(provider).given(state);
    }

    /** Plays {@code pact} through the consumer's REST client pointed at the mock provider; answers what {@code call} answered. */
    public <T> T verify(RequestResponsePact pact, Function<A, T> call) {
        return PactConsumer.verify(pact,
                (URI mockProvider) -> call.apply(QuarkusRestClientBuilder.newBuilder().baseUri(mockProvider).build(api)));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PactConsumer.startAfresh(consumer, provider);
    }
}
