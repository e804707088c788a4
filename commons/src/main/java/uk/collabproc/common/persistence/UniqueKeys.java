package uk.collabproc.common.persistence;

import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Natural keys (one organisation per ODS code, one supplier per company number, one bid per supplier and
 * procurement, …) are guarded by unique constraints in the database, the only place where two concurrent
 * requests cannot both win.
 */
public final class UniqueKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {
    }

    /**
     * Inserts the entity now, so that a duplicate key surfaces here rather than at commit, and turns the
     * database's refusal into the caller's conflict.
     */
    public static void persistUnique(PanacheEntityBase entity, Supplier<? extends RuntimeException> conflict) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    /**
     * Inserts every entity with one flush, so that a file of thousands of rows costs one dirty check and batched
     * statements rather than one flush per row (each of which checks every entity inserted before it), and turns a
     * duplicate key anywhere in the batch into the caller's conflict.
     */
    public static void persistAllUnique(Collection<? extends PanacheEntityBase> entities, Supplier<? extends RuntimeException> conflict) {
        EntityManager entityManager = Panache.getEntityManager();
        try {
            entities.forEach(entityManager::persist);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    /** Whether the failure, anywhere in its cause chain, is PostgreSQL refusing a duplicate key. */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
