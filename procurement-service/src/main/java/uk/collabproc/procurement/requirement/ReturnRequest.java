package uk.collabproc.procurement.requirement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReturnRequest", description = "Why the requirement goes back to the member")
public record ReturnRequest(
        @NotBlank @Size(max = 500) @Schema(example = "Dual diverse routing is not justified for a GP surgery") String reason) {
}
