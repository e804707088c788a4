package uk.collabproc.contract.migration;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * At start-up and then every {@code collab.migration.solver-sweep}, looks for plans left SOLVING by a replica that
 * stopped (their {@link SolverLease} unheld or run out) and hands them to {@link MigrationService}, which claims and
 * solves them. Only then is the migration service created: with it come the solver, the holiday calendar and its XML
 * reader, whose classes and start-up garbage made contract-service the largest of the three services at rest, for a
 * start that has nothing to solve. The look-up is SQL, which does not load Hibernate's query parser either.
 */
@ApplicationScoped
public class PlanResumption {

    private static final Logger LOG = Logger.getLogger(PlanResumption.class);

    @Inject
    Instance<MigrationService> migrations;

    @Inject
    SolverLease lease;

    @ConfigProperty(name = "collab.migration.solver-sweep")
    Duration sweepEvery;

    private ScheduledExecutorService sweeps;

    void start(@Observes StartupEvent startup) {
        sweep();
        sweeps = SolverLease.backgroundThread("migration-plan-sweep");
        sweeps.scheduleWithFixedDelay(this::sweepQuietly, sweepEvery.toMillis(), sweepEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (sweeps != null) {
            sweeps.shutdownNow();
        }
    }

    /** Solves the plans that a stopped replica left: claimed one by one, so that each is solved by one replica. */
    void sweep() {
        List<UUID> orphaned = lease.orphaned();
        if (!orphaned.isEmpty()) {
            migrations.get().resume(orphaned);
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next sweep looks again.
            LOG.warn("Looking for migration plans that a stopped replica was solving failed", e);
        }
    }
}
