package uk.collabproc.contract.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewBaseline(@NotBlank @Size(max = 100) @Schema(example = "Contract baseline") String name) {
}
