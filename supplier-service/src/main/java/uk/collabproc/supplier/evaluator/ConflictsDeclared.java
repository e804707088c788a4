package uk.collabproc.supplier.evaluator;

import java.util.List;
import java.util.UUID;

/**
 * Fired, inside the declaring transaction, when an evaluator declares conflicts: whatever they scored of a
 * conflicted supplier's bid must not count.
 */
public record ConflictsDeclared(UUID procurementId, String evaluatorId, List<UUID> conflictedSupplierIds) {
}
