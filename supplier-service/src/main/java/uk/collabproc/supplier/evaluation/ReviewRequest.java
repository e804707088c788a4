package uk.collabproc.supplier.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.supplier.ranking.BidUnderEvaluation.Review;

/** The officer's review of an abnormally low price; REJECTED disqualifies the bid. */
public record ReviewRequest(
        @Schema(description = "The version being replaced; required when a review already exists") Long version,
        @NotNull Review outcome,
        @NotBlank @Size(max = 4000) @Schema(example = "Supplier evidenced wholesale circuit pricing from its own core network") String explanation) {
}
