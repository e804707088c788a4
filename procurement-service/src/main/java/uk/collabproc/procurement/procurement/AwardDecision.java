package uk.collabproc.procurement.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What contract-service tells of an award it has stored. */
@Schema(name = "AwardDecision")
public record AwardDecision(
        @NotNull @Schema(description = "The award in contract-service") UUID awardId,
        @NotNull LocalDate decisionDate,
        @NotNull @Schema(description = "When the standstill ends") Instant standstillEndsAt) {
}
