package uk.collabproc.contract.migration;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * At start-up, hands the plans still SOLVING when the service stopped to {@link MigrationService}, and only then
 * creates it: with it come the solver, the holiday calendar and its XML reader, whose classes and start-up garbage
 * made contract-service the largest of the three services at rest, for a start that has nothing to solve.
 */
@ApplicationScoped
public class PlanResumption {

    @Inject
    Instance<MigrationService> migrations;

    void resumeAfterRestart(@Observes StartupEvent startup) {
        List<UUID> unfinished = QuarkusTransaction.requiringNew().call(MigrationPlan::solving);
        if (!unfinished.isEmpty()) {
            migrations.get().resume(unfinished);
        }
    }
}
