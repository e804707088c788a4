package uk.collabproc.procurement.procurement;

import java.time.Instant;
import java.time.LocalDate;
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
        @Schema(description = "ODS codes of the members the lead partner named to run the procurement with it; their officers act for it too") List<String> coLeads,
        Instant requirementsDeadline,
        int contractTermMonths,
        ProcurementStatus status,
        @Schema(description = "When the tender was published; absent before") Instant publishedAt,
        @Schema(description = "When tenders are due; absent before publication") Instant tenderDeadline,
        @Schema(description = "ODS codes of the members, the lead partner included") List<String> members,
        @Schema(description = "Every deadline extension, oldest first") List<DeadlineChangeView> deadlineChanges,
        @Schema(description = "The award recorded by contract-service; absent before the award decision") AwardReference award,
        @Schema(description = "The contract concluded in contract-service; absent before") UUID contractId,
        Instant createdAt,
        long version) {

    @Schema(name = "AwardReference", description = "The award decision as contract-service recorded it")
    public record AwardReference(@Schema(description = "The award in contract-service") UUID awardId, LocalDate decisionDate,
            @Schema(description = "When the standstill ends") Instant standstillEndsAt) {
    }

    @Schema(name = "DeadlineChange")
    public record DeadlineChangeView(DeadlineChange.Deadline deadline, Instant previous, Instant current, String reason,
            Instant changedAt, String changedBy) {
    }
}
