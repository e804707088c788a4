package uk.collabproc.common.persistence;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/**
 * Counting rows with a statement whose plan Hibernate keeps. Panache's {@code count(…)} and
 * {@code PanacheQuery.count()} have Hibernate derive a count query from the query on every call
 * ({@code SelectionQuery#getResultCount}), translating it to SQL anew each time: one such count per individual score
 * was a sixth of what a score cost. A count written as a query of its own is translated once and found in the query
 * plan cache after that. {@code where} is the HQL condition on the entity's fields, with positional ({@code ?1}) or
 * named parameters, as Panache takes it.
 */
public final class Counts {

    private Counts() {
    }

    /** How many rows of {@code entity} meet {@code where}. */
    public static long of(Class<? extends PanacheEntityBase> entity, String where, Object... parameters) {
        TypedQuery<Long> count = query(entity, "select count(*) from " + name(entity) + " where " + where, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            count.setParameter(i + 1, parameters[i]);
        }
        return count.getSingleResult();
    }

    /** The same with named parameters. */
    public static long of(Class<? extends PanacheEntityBase> entity, String where, Parameters parameters) {
        TypedQuery<Long> count = query(entity, "select count(*) from " + name(entity) + " where " + where, Long.class);
        for (Map.Entry<String, Object> parameter : parameters.map().entrySet()) {
            count.setParameter(parameter.getKey(), parameter.getValue());
        }
        return count.getSingleResult();
    }

    /** Whether any row of {@code entity} meets {@code where}: the database stops at the first one. */
    public static boolean any(Class<? extends PanacheEntityBase> entity, String where, Object... parameters) {
        TypedQuery<Integer> first = query(entity, "select 1 from " + name(entity) + " where " + where, Integer.class);
        for (int i = 0; i < parameters.length; i++) {
            first.setParameter(i + 1, parameters[i]);
        }
        return !first.setMaxResults(1).getResultList().isEmpty();
    }

    private static <T> TypedQuery<T> query(Class<?> entity, String hql, Class<T> type) {
        EntityManager entityManager = Panache.getEntityManager(entity);
        return entityManager.createQuery(hql, type);
    }

    private static String name(Class<?> entity) {
        return Panache.getEntityManager(entity).getMetamodel().entity(entity).getName();
    }
}
