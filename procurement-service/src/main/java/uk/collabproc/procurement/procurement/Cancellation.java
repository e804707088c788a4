package uk.collabproc.procurement.procurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cancellation")
public record Cancellation(
        @NotBlank @Size(max = 500) String reason,
        @NotNull @Schema(description = "The version of the procurement the change is based on") Long version) {
}
