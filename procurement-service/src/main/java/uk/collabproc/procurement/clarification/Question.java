package uk.collabproc.procurement.clarification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Question")
public record Question(
        @NotBlank @Size(max = 4000) @Schema(example = "May a bid offer 4G backup in place of a second fixed circuit for DUAL sites?") String question) {
}
