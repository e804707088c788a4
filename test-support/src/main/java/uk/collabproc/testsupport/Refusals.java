package uk.collabproc.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

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
}
