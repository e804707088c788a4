package uk.collabproc.contract.migration;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Which replica of contract-service solves a migration plan: the one holding the plan's lease in the database. A
 * replica claims the lease of a SOLVING plan that nobody holds, or whose holder let it run out; renews it while its
 * solver runs; and gives it up in the transaction that stores the plan, storing nothing if the lease is no longer its
 * own. So however many replicas run, one solves a plan at a time, and when that one dies (SIGKILL, a lost node) the
 * plan is taken over once its lease has run out. Times are the database's, the one clock all replicas share.
 */
@ApplicationScoped
public class SolverLease {

    private static final Logger LOG = Logger.getLogger(SolverLease.class);

    /** The end of a lease taken or renewed now, {@code ?2} being its length in seconds ({@link #leaseSeconds()}). */
    private static final String LEASE_END = "clock_timestamp() + make_interval(secs => ?2)";

    /** This replica, as named in the plans it holds: its host (the pod, in Kubernetes) and a name of its own start. */
    private final String replica = System.getenv().getOrDefault("HOSTNAME", "localhost") + "/" + UUID.randomUUID();

    @ConfigProperty(name = "collab.migration.solver-lease")
    Duration lease;

    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    private ScheduledExecutorService renewal;

    /** This replica's name in the plans it holds. */
    String replica() {
        return replica;
    }

    /** The one daemon thread of a background task of the migration package, which must not keep the JVM from stopping. */
    static ScheduledExecutorService backgroundThread(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Takes the lease of a SOLVING plan if nobody holds it or its holder let it run out; answers whether it did. */
    public boolean claim(UUID contractId) {
        int claimed = QuarkusTransaction.requiringNew().call(() -> entityManager()
                .createNativeQuery(
                        "update migration_plan set solver_replica = ?1, solver_lease_until = " + LEASE_END
                                + " where contract_id = ?3 and status = 'SOLVING'"
                                + " and (solver_replica is null or solver_lease_until < clock_timestamp())")
                .setParameter(1, replica).setParameter(2, leaseSeconds()).setParameter(3, contractId)
                .executeUpdate());
        if (claimed == 1) {
            held.add(contractId);
            renewing();
        }
        return claimed == 1;
    }

    /**
     * Gives up the lease inside the caller's transaction, the one that stores the solved plan; answers false, and the
     * caller stores nothing, if the lease is no longer this replica's (it ran out and another replica took the plan).
     */
    public boolean release(UUID contractId) {
        held.remove(contractId);
        return entityManager()
                .createNativeQuery("update migration_plan set solver_replica = null, solver_lease_until = null"
                        + " where contract_id = ?1 and solver_replica = ?2")
                .setParameter(1, contractId).setParameter(2, replica).executeUpdate() == 1;
    }

    /** The SOLVING plans that nobody holds, or whose holder let the lease run out: a replica stopped while solving them. */
    public List<UUID> orphaned() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager()
                .createNativeQuery("select contract_id from migration_plan where status = 'SOLVING'"
                        + " and (solver_replica is null or solver_lease_until < clock_timestamp())", UUID.class)
                .getResultList());
    }

    private synchronized void renewing() {
        if (renewal == null) {
            renewal = backgroundThread("solver-lease-renewal");
            long every = Math.max(1, lease.toMillis() / 3);
            renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void renew() {
        try {
            for (UUID contractId : held) {
                int renewed = QuarkusTransaction.requiringNew().call(() -> entityManager()
                        .createNativeQuery("update migration_plan set solver_lease_until = " + LEASE_END
                                + " where contract_id = ?3 and solver_replica = ?1")
                        .setParameter(1, replica).setParameter(2, leaseSeconds()).setParameter(3, contractId)
                        .executeUpdate());
                if (renewed == 0) {
                    LOG.warnf("The lease of contract %s's migration plan was taken over by another replica", contractId);
                    held.remove(contractId);
                }
            }
        } catch (RuntimeException e) {
            // The next round tries again; a lease that runs out meanwhile is taken over, and this replica's store refused.
            LOG.warn("Renewing the migration plans' leases failed", e);
        }
    }

    /** On a clean stop, the plans still being solved are handed to the next replica at once rather than when their lease runs out. */
    void stop(@Observes ShutdownEvent shutdown) {
        if (renewal != null) {
            renewal.shutdownNow();
        }
        if (!held.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> entityManager()
                    .createNativeQuery(
                            "update migration_plan set solver_replica = null, solver_lease_until = null where solver_replica = ?1")
                    .setParameter(1, replica).executeUpdate());
            held.clear();
        }
    }

    private double leaseSeconds() {
        return lease.toMillis() / 1000.0;
    }

    private static EntityManager entityManager() {
        return MigrationPlan.getEntityManager();
    }
}
