package uk.collabproc.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.function.Executable;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

import uk.collabproc.common.problem.Violation;

/**
 * Assertions on the problems that domain rules throw, as the client will read them (status, title, detail), and on the
 * answer to invalid input over HTTP.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Asserts that {@code action} is refused with exactly this problem, and answers it for further checks. */
    public static HttpProblem assertRefused(int status, String title, String detail, Executable action) {
        HttpProblem problem = assertThrows(HttpProblem.class, action);
        assertAll(() -> assertEquals(status, problem.getStatusCode(), "status"),
                () -> assertEquals(title, problem.getTitle(), "title"),
                () -> assertEquals(detail, problem.getDetail(), "detail"));
        return problem;
    }

    /** Asserts that {@code action} is refused as invalid input (400), with exactly these violations. */
    public static void assertInvalid(String detail, List<Violation> violations, Executable action) {
        HttpProblem problem = assertRefused(400, "Bad Request", detail, action);
        assertEquals(violations, problem.getParameters().get("violations"), "violations");
    }

    /**
     * The answer to input refused over HTTP: 400 problem+json whose first violation names {@code field} and where it was
     * ({@code body}, {@code path}, {@code query}), and nothing of the implementation.
     */
    public static ResponseSpecification invalidInput(String field, String in) {
        return new ResponseSpecBuilder().expectStatusCode(400)
                .expectContentType("application/problem+json")
                .expectBody("violations[0].field", equalTo(field))
                .expectBody("violations[0].in", equalTo(in))
                .expectBody(not(containsString("Exception")))
                .build();
    }

    /**
     * The answer to a path whose id is not a UUID: 404 like any path naming nothing, saying which parameter and that it
     * must be a UUID.
     */
    public static ResponseSpecification malformedId(String parameter) {
        return new ResponseSpecBuilder().expectStatusCode(404)
                .expectContentType("application/problem+json")
                .expectBody("type", equalTo("about:blank"))
                .expectBody("detail", equalTo("There is no such resource: the path parameter " + parameter + " must be a UUID"))
                .expectBody("violations", equalTo(List.of(Map.of("field", parameter, "in", "path", "message", "must be a UUID"))))
                .build();
    }

    /** The answer to a caller without any of the roles an operation needs: 403 naming them, in {@code @RolesAllowed} order. */
    public static ResponseSpecification forbiddenWithout(String... roles) {
        return new ResponseSpecBuilder().expectStatusCode(403)
                .expectContentType("application/problem+json")
                .expectBody("type", equalTo("about:blank"))
                .expectBody("title", equalTo("Forbidden"))
                .expectBody("detail", startsWith("Only "))
                .expectBody("roles", equalTo(List.of(roles)))
                .build();
    }
}
