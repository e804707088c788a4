package uk.collabproc.supplier.evaluator;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An evaluator's declaration of conflicts of interest: the suppliers they may not assess (empty for none) and a
 * statement. {@code version} is required when a declaration already made is replaced.
 */
public record ConflictDeclaration(
        @Schema(description = "The version of the evaluator being replaced; required once a declaration has been made") Long version,
        @NotNull List<@NotNull UUID> conflictedSupplierIds,
        @NotBlank @Size(max = 4000) @Schema(example = "No interest in any bidder; formerly employed by none of them.") String statement) {
}
