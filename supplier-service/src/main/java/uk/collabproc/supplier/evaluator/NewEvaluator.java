package uk.collabproc.supplier.evaluator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewEvaluator(
        @NotBlank @Size(max = 255) @Schema(description = "The evaluator's token subject", example = "evaluator-jsmith") String evaluatorId,
        @NotBlank @Size(max = 200) @Schema(example = "Jo Smith") String name) {
}
