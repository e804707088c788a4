package uk.collabproc.procurement.clarification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Answer")
public record Answer(
        @NotBlank @Size(max = 8000) @Schema(example = "No. DUAL means two fixed circuits; 4G may be offered as an addition.") String answer) {
}
