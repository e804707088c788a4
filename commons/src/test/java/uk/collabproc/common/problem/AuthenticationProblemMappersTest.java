package uk.collabproc.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

class AuthenticationProblemMappersTest {

    private final AuthenticationProblemMappers mappers = new AuthenticationProblemMappers();

    @Test
    void noTokenIs401WithABearerChallenge() {
        assertUnauthenticated(mappers.unauthorized(new UnauthorizedException()));
    }

    @Test
    void aForgedOrExpiredTokenIsTheSame401() {
        assertUnauthenticated(mappers.authenticationFailed(new AuthenticationFailedException()));
    }

    @Test
    void anAuthenticationThatCouldNotCompleteIsTheSame401() {
        assertUnauthenticated(mappers.authenticationIncomplete(new AuthenticationCompletionException()));
    }

    private static void assertUnauthenticated(Response response) {
        assertEquals(401, response.getStatus());
        assertEquals("Bearer", response.getHeaderString("WWW-Authenticate"));
        assertEquals("application/problem+json", response.getMediaType().toString());
        HttpProblem problem = (HttpProblem) response.getEntity();
        assertEquals("Unauthorized", problem.getTitle());
        assertEquals("A valid bearer token is required", problem.getDetail());
    }
}
