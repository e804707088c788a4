package uk.collabproc.supplier.evaluator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluator")
public record EvaluatorView(
        UUID procurementId,
        String evaluatorId,
        String name,
        @Schema(description = "Whether conflicts have been declared; scoring waits for it") boolean declared,
        List<UUID> conflictedSupplierIds,
        String statement,
        Instant declaredAt,
        Instant assignedAt,
        long version) {

    static EvaluatorView of(Evaluator evaluator) {
        return new EvaluatorView(evaluator.procurementId, evaluator.evaluatorId, evaluator.name, evaluator.hasDeclared(),
                evaluator.conflictedSupplierIds == null ? List.of() : List.copyOf(evaluator.conflictedSupplierIds),
                evaluator.statement, evaluator.declaredAt, evaluator.assignedAt, evaluator.version);
    }
}
