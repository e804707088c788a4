package uk.collabproc.contract.migration;

import java.util.UUID;

/** Fired when a plan's parameters are stored; solving starts once that transaction has committed. */
record PlanRequested(UUID contractId) {
}
