package uk.collabproc.supplier.evaluation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole-point score on the tender's scale with its rationale; {@code version} is required to change a score. */
public record ScoreRequest(
        @Schema(description = "The version being replaced; required when the score already exists") Long version,
        @NotNull @Min(0) @Schema(example = "4") Integer score,
        @NotBlank @Size(max = 4000) @Schema(example = "Clear, costed design with named engineers per site") String rationale) {
}
