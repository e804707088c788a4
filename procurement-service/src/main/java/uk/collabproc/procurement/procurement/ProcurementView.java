package uk.collabproc.procurement.procurement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Procurement")
public record ProcurementView(
        UUID id,
        String title,
        String reference,
        Regime regime,
        @Schema(description = "ODS code of the lead partner") String leadOrganisation,
        Instant requirementsDeadline,
        int contractTermMonths,
        ProcurementStatus status,
        @Schema(description = "When the tender was published; absent before") Instant publishedAt,
        @Schema(description = "When tenders are due; absent before publication") Instant tenderDeadline,
        @Schema(description = "ODS codes of the members, the lead partner included") List<String> members,
        @Schema(description = "Every deadline extension, oldest first") List<DeadlineChangeView> deadlineChanges,
        Instant createdAt,
        long version) {

    @Schema(name = "DeadlineChange")
    public record DeadlineChangeView(DeadlineChange.Deadline deadline, Instant previous, Instant current, String reason,
            Instant changedAt, String changedBy) {
    }
}
