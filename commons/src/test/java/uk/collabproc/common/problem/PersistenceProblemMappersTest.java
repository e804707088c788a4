package uk.collabproc.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

class PersistenceProblemMappersTest {

    private final PersistenceProblemMappers mappers = new PersistenceProblemMappers();

    @Test
    void anOptimisticLockFailureIsAStaleVersionConflict() {
        assertStale(mappers.optimisticLock(new OptimisticLockException("row was updated")));
    }

    @Test
    void aStaleRowFoundByHibernateIsTheSameConflict() {
        assertStale(mappers.staleState(new StaleObjectStateException("Tender", 7)));
    }

    private static void assertStale(Response response) {
        assertEquals(409, response.getStatus());
        HttpProblem problem = (HttpProblem) response.getEntity();
        assertEquals("Stale version", problem.getTitle());
        assertEquals("The resource was changed by someone else meanwhile; read it again and retry", problem.getDetail());
    }
}
