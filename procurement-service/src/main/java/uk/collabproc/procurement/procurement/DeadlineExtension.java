package uk.collabproc.procurement.procurement;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineExtension", description = "A later deadline, with the reason that will be recorded")
public record DeadlineExtension(
        @NotNull @Schema(example = "2017-10-06T16:00:00Z") Instant deadline,
        @NotBlank @Size(max = 500) @Schema(example = "Two hospices asked for another week") String reason,
        @NotNull @Schema(description = "The version of the procurement the change is based on") Long version) {
}
