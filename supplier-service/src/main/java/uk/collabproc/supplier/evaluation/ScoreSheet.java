package uk.collabproc.supplier.evaluation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An evaluator's score sheet for one bid: several QUALITY criteria scored at once, all stored or none, as an
 * evaluator fills in the sheet of a bid after reading it. Each line is what {@link ScoreRequest} is for one criterion.
 */
@Schema(name = "ScoreSheet", description = "Scores of one bid on several QUALITY criteria, stored together or not at all")
public record ScoreSheet(@NotNull @Size(min = 1, max = 200) @Valid List<@NotNull @Valid Line> scores) {

    public record Line(
            @NotBlank @Schema(example = "Q1") String criterionCode,
            @Schema(description = "The version being replaced; required when the score already exists") Long version,
            @NotNull @Min(0) @Schema(example = "4") Integer score,
            @NotBlank @Size(max = 4000) @Schema(example = "Clear, costed design with named engineers per site") String rationale) {
    }
}
