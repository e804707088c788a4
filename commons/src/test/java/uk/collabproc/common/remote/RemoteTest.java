package uk.collabproc.common.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

class RemoteTest {

    @Test
    void anAnswerIsPassedOn() {
        assertEquals(Optional.of("Derriford"), Remote.unlessMissing("procurement-service", () -> "Derriford"));
    }

    @Test
    void a404IsAnAnswerThatNothingIsThere() {
        assertEquals(Optional.empty(), Remote.unlessMissing("procurement-service", () -> {
            throw new WebApplicationException(Response.status(404).build());
        }));
    }

    @Test
    void anotherRefusalIsPassedOnWithItsStatusAndTheOtherServicesName() {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> Remote.unlessMissing("supplier-service", () -> {
            throw new WebApplicationException(Response.status(403).build());
        }));

        assertEquals(403, problem.getStatusCode());
        assertEquals("Refused by supplier-service", problem.getTitle());
        assertEquals("supplier-service refused the request", problem.getDetail());
    }

    @Test
    void aRefusalQuotesTheOtherServicesDetailWhereItGaveOne() {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> Remote.unlessMissing("supplier-service", () -> {
            throw new WebApplicationException(
                    Response.status(409).entity(Map.of("title", "Conflict", "detail", "Bids are closed")).build());
        }));

        assertEquals(409, problem.getStatusCode());
        assertEquals("supplier-service refused the request: Bids are closed", problem.getDetail());
    }

    @Test
    void aServerErrorIsAFailureNotAnAnswer() {
        WebApplicationException failure = new WebApplicationException(Response.status(502).build());

        assertSame(failure, assertThrows(WebApplicationException.class, () -> Remote.unlessMissing("supplier-service", () -> {
            throw failure;
        })));
    }

    @Test
    void aFailureEndsAs503SayingNothingChanged() {
        RuntimeException problem = Remote.unavailable("procurement-service", new ConnectException("Connection refused"));

        HttpProblem unavailable = (HttpProblem) problem;
        assertEquals(503, unavailable.getStatusCode());
        assertEquals("procurement-service cannot be reached just now; nothing has been changed. Try again shortly.",
                unavailable.getDetail());
    }

    @Test
    void aRefusalThatReachedTheFallbackStaysThatRefusal() {
        HttpProblem refusal = HttpProblem.valueOf(Response.Status.FORBIDDEN, "Not yours");

        assertSame(refusal, Remote.unavailable("procurement-service", refusal));
    }
}
