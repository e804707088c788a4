package uk.collabproc.common.problem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

class ProblemsTest {

    private static final URI EXISTING = URI.create("/api/v1/organisations/RK9");

    @Test
    void aDuplicateIsAConflictPointingAtWhatExists() {
        HttpProblem problem = Problems.alreadyExists("Organisation RK9", EXISTING);

        assertEquals(409, problem.getStatusCode());
        assertEquals("Already exists", problem.getTitle());
        assertEquals("Organisation RK9 already exists", problem.getDetail());
        assertEquals(EXISTING, problem.getHeaders().get("Location"));
    }

    @Test
    void duplicatesOfAnImportListEachOneAndPointAtWhatExistsOnlyWhereThereIsSomething() {
        List<Violation> duplicates = List.of(Violation.ofLine(3, "siteCode", "already exists"));
        HttpProblem visible = Problems.alreadyExist("2 sites already exist", EXISTING, duplicates);
        HttpProblem hidden = Problems.alreadyExist("2 sites already exist", null, duplicates);

        assertEquals(409, visible.getStatusCode());
        assertEquals("Already exists", visible.getTitle());
        assertEquals(duplicates, visible.getParameters().get("violations"));
        assertEquals(EXISTING, visible.getHeaders().get("Location"));
        assertFalse(hidden.getHeaders().containsKey("Location"));
        assertEquals(duplicates, hidden.getParameters().get("violations"));
    }

    @Test
    void invalidInputListsEveryReasonAndNoEmptyList() {
        List<Violation> reasons = List.of(Violation.ofBody("name", "must not be blank"), Violation.ofQuery("size", "must be at most 500"));
        HttpProblem problem = Problems.invalid("The request has invalid fields", reasons);

        assertEquals(400, problem.getStatusCode());
        assertEquals("Bad Request", problem.getTitle());
        assertEquals(reasons, problem.getParameters().get("violations"));
        assertFalse(Problems.invalid("Not JSON", List.of()).getParameters().containsKey("violations"));
    }

    @Test
    void aChangeWithoutAVersionIsInvalidOnVersion() {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> Problems.requireCurrentVersion("The tender", null, 2));

        assertEquals(400, problem.getStatusCode());
        assertEquals(List.of(Violation.ofBody("version", "must not be null")), problem.getParameters().get("violations"));
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAConflictNamingTheCurrentOne() {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> Problems.requireCurrentVersion("The tender", 1L, 2));

        assertEquals(409, problem.getStatusCode());
        assertEquals("Stale version", problem.getTitle());
        assertEquals("The tender has changed since it was read; its current version is 2", problem.getDetail());
    }

    @Test
    void aChangeBasedOnTheCurrentVersionPasses() {
        assertDoesNotThrow(() -> Problems.requireCurrentVersion("The tender", 2L, 2));
    }

    @Test
    void anUnavailableServiceAsksTheClientToRetryLater() {
        HttpProblem problem = Problems.unavailable("supplier-service cannot be reached");

        assertEquals(503, problem.getStatusCode());
        assertEquals("Service Unavailable", problem.getTitle());
        assertEquals(10, problem.getHeaders().get("Retry-After"));
    }

    @Test
    void theOtherRefusalsCarryTheirStatusTitleAndDetail() {
        assertProblem(Problems.conflict("Deadline passed", "Bids closed at noon"), 409, "Deadline passed", "Bids closed at noon");
        assertProblem(Problems.forbidden("Register first"), 403, "Forbidden", "Register first");
        assertProblem(Problems.notFound("Bid 7"), 404, "Not Found", "Bid 7 was not found");
        assertProblem(Problems.staleVersion("The plan", 4), 409, "Stale version",
                "The plan has changed since it was read; its current version is 4");
        assertProblem(Problems.unsupportedMediaType("Unknown charset"), 415, "Unsupported Media Type", "Unknown charset");
    }

    private static void assertProblem(HttpProblem problem, int status, String title, String detail) {
        assertEquals(status, problem.getStatusCode(), title);
        assertEquals(title, problem.getTitle());
        assertEquals(detail, problem.getDetail());
    }
}
