package uk.collabproc.common.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two clients that change the same resource from the same version: the second loses, is told so with 409,
 * and its change is rolled back, so no update is lost silently.
 */
public class PersistenceProblemMappers {

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response optimisticLock(OptimisticLockException e) {
        return concurrentChange();
    }

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response staleState(StaleObjectStateException e) {
        return concurrentChange();
    }

    private static Response concurrentChange() {
        return Problems.conflict("Stale version", "The resource was changed by someone else meanwhile; read it again and retry")
                .toResponse();
    }
}
