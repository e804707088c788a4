package uk.collabproc.common.problem;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problem+json answers that the services give for domain refusals, in one place and one wording. */
public final class Problems {

    /**
     * Priority of our exception mappers: quarkus-resteasy-problem registers its own at 999, and where both map
     * the same exception ours must win (a lower number wins).
     */
    public static final int MAPPER_PRIORITY = 900;

    private Problems() {
    }

    /**
     * A creation that would duplicate a natural key: 409 with the existing resource's {@code Location}, so
     * a client that retried can follow it instead of creating a second one.
     */
    public static HttpProblem alreadyExists(String what, URI existing) {
        return HttpProblem.builder()
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Already exists")
                .withDetail(what + " already exists")
                .withHeader("Location", existing)
                .build();
    }

    /**
     * Several creations at once (a file import) of which some would duplicate natural keys: 409, each duplicate
     * in {@code violations}, and the {@code Location} of what exists where there is something the caller may see
     * ({@code existing} null otherwise).
     */
    public static HttpProblem alreadyExist(String detail, URI existing, List<Violation> violations) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Already exists")
                .withDetail(detail)
                .with("violations", violations);
        if (existing != null) {
            problem.withHeader("Location", existing);
        }
        return problem.build();
    }

    /** A body in a form the endpoint cannot read, such as text in a charset it does not know. */
    public static HttpProblem unsupportedMediaType(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                .withTitle("Unsupported Media Type")
                .withDetail(detail)
                .build();
    }

    /**
     * The check every change of a versioned resource makes: the client says which version it changes (400
     * without one) and that version must still be current (409 otherwise), so no update is lost silently.
     */
    public static void requireCurrentVersion(String what, Long sent, long current) {
        if (sent == null) {
            throw invalid("The change must say which version it is based on",
                    List.of(Violation.ofBody("version", "must not be null")));
        }
        if (sent != current) {
            throw staleVersion(what, current);
        }
    }

    /** A PUT or PATCH that was based on an outdated copy: nothing is changed, the client must re-read. */
    public static HttpProblem staleVersion(String what, long current) {
        return HttpProblem.builder()
                .withStatus(Response.Status.CONFLICT)
                .withTitle("Stale version")
                .withDetail(what + " has changed since it was read; its current version is " + current)
                .build();
    }

    /** Input that breaks the rules, with every reason at once so that the client can fix them together. */
    public static HttpProblem invalid(String detail, List<Violation> violations) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(detail);
        if (!violations.isEmpty()) {
            problem.with("violations", violations);
        }
        return problem.build();
    }

    /** A request that is well-formed but not allowed in the resource's current state (a deadline has passed, …). */
    public static HttpProblem conflict(String title, String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.CONFLICT)
                .withTitle(title)
                .withDetail(detail)
                .build();
    }

    /**
     * Another service this request depends on cannot answer (down, too slow, or its circuit is open): nothing
     * has been stored, and the client may try again later.
     */
    public static HttpProblem unavailable(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail(detail)
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    private static final int RETRY_AFTER_SECONDS = 10;

    /** The caller is known but may not do this, and saying so leaks nothing (e.g. an unregistered supplier). */
    public static HttpProblem forbidden(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.FORBIDDEN)
                .withTitle("Forbidden")
                .withDetail(detail)
                .build();
    }

    /**
     * A path that names no resource because a parameter of it is not of the form ids take (an id that is not a UUID):
     * 404 like any other path naming nothing, but saying which parameter and what it must be. A well-formed id that
     * names nothing the caller may see is {@link #notFound}.
     */
    public static HttpProblem malformedPath(List<Violation> violations) {
        String reasons = violations.stream().map(violation -> "the path parameter " + violation.field() + " " + violation.message())
                .collect(Collectors.joining("; "));
        return HttpProblem.builder()
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail("There is no such resource: " + reasons)
                .with("violations", violations)
                .build();
    }

    /** Missing, or not the caller's to see: both answer the same so that existence does not leak. */
    public static HttpProblem notFound(String what) {
        return HttpProblem.builder()
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Not Found")
                .withDetail(what + " was not found")
                .build();
    }
}
