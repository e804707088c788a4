package uk.collabproc.procurement.requirement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RequirementRequest", description = "What the member needs at one of its sites")
public record RequirementRequest(
        @NotNull @Schema(example = "RK9-DERRIFORD") String siteCode,
        @NotNull @Positive @Max(100_000) @Schema(example = "1000") Integer bandwidthMbps,
        @NotNull Resilience resilience,
        @NotEmpty @Schema(description = "The clinical services the connection carries") List<@NotNull ClinicalService> services,
        @NotNull @Schema(example = "2018-06-30") LocalDate neededBy,
        @Schema(description = "On a change: the version it is based on; ignored on creation") Long version) {
}
