package uk.collabproc.procurement.clarification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Clarification")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClarificationView(
        UUID id,
        UUID procurementId,
        String question,
        @Schema(description = "Absent until answered") String answer,
        Instant askedAt,
        Instant answeredAt,
        @Schema(description = "Who asked: shown to the officer and to the asking supplier only") String supplierId,
        @Schema(description = "Whether the caller's own supplier asked it (suppliers only)") Boolean askedByYou) {
}
