package uk.collabproc.contract.migration;

/** A migration plan has just been stored as READY with its milestones, inside the transaction that stores it. */
public record PlanReady(MigrationPlan plan) {
}
