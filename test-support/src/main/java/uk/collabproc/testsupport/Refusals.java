package uk.collabproc.testsupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.function.Executable;

import io.quarkiverse.resteasy.problem.HttpProblem;

import uk.collabproc.common.problem.Violation;

/** Assertions on the problems that domain rules throw, as the client will read them (status, title, detail). */
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
}
