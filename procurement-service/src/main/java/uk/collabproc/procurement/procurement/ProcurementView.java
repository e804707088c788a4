package uk.collabproc.procurement.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.procurement.links.Links;
import uk.collabproc.procurement.links.ServiceLinks;

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
        @Schema(description = "When the tender is divided into lots: each lot's award and contract (the procurement is AWARDED once every lot is, CONTRACTED once every lot is); empty otherwise") List<LotOutcome> lots,
        Instant createdAt,
        long version,
        @Schema(description = "This procurement and, when the tender is not divided, its award and contract in contract-service once they exist "
                + "(a divided tender's are with each lot)") Links links) {

    @Schema(name = "AwardReference", description = "The award decision as contract-service recorded it")
    public record AwardReference(@Schema(description = "The award in contract-service") UUID awardId, LocalDate decisionDate,
            @Schema(description = "When the standstill ends") Instant standstillEndsAt) {
    }

    @Schema(name = "LotOutcome", description = "Where one lot of a divided tender stands")
    public record LotOutcome(@Schema(pattern = ProcurementLot.NUMBER, example = "1") String number, String title,
            ProcurementLot.Status status,
            @Schema(description = "The lot's award; absent before its award decision") AwardReference award,
            @Schema(description = "The lot's contract in contract-service; absent before") UUID contractId,
            @Schema(description = "The procurement, and the lot's award and contract in contract-service once they exist") Links links) {

        static LotOutcome of(ProcurementLot lot, ServiceLinks links) {
            return new LotOutcome(lot.number, lot.title, lot.status(),
                    lot.awardId == null ? null : new AwardReference(lot.awardId, lot.awardDecisionDate, lot.standstillEndsAt),
                    lot.contractId, links.of(lot.procurementId, lot.awardId, lot.contractId));
        }
    }

    @Schema(name = "DeadlineChange")
    public record DeadlineChangeView(DeadlineChange.Deadline deadline, Instant previous, Instant current, String reason,
            Instant changedAt, String changedBy) {
    }
}
