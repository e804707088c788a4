package uk.collabproc.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

/**
 * Answers a missing, expired or forged token with 401 problem+json and a bearer challenge. These take
 * precedence over quarkus-resteasy-problem's own 401 mappers, which were built against an older Quarkus and
 * fail on this one (they read a field of the authentication challenge that is no longer there).
 */
public class AuthenticationProblemMappers {

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response authenticationIncomplete(AuthenticationCompletionException e) {
        return unauthenticated();
    }

    private static Response unauthenticated() {
        return HttpProblem.builder()
                .withStatus(Response.Status.UNAUTHORIZED)
                .withTitle("Unauthorized")
                .withDetail("A valid bearer token is required")
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build()
                .toResponse();
    }
}
