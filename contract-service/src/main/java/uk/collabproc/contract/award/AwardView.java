package uk.collabproc.contract.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Award")
public record AwardView(
        UUID id,
        UUID procurementId,
        @Schema(description = "The lot awarded; null when the tender is not divided into lots", pattern = AwardRequest.LOT_NUMBER, example = "1") String lot,
        UUID winningBidId,
        UUID supplierId,
        String supplierName,
        @Schema(enumeration = {
                "PCR_2015", "PA_2023" }) String regime,
        LocalDate decisionDate,
        @Schema(description = "Midnight Europe/London at the end of the standstill's last day, in UTC") Instant standstillEndsAt,
        @Schema(description = "Whether the standstill has ended by the service clock; the contract can be concluded from then on") boolean standstillEnded,
        Award.Status status,
        @Schema(description = "The winning bid's evaluated price over the term, GBP") BigDecimal evaluatedPrice,
        int contractTermMonths,
        long version){

    static AwardView of(Award award, Instant now) {
        return new AwardView(award.id, award.procurementId, award.lot, award.winningBidId, award.supplierId, award.supplierName,
                award.regime,
                award.decisionDate, award.standstillEndsAt, !now.isBefore(award.standstillEndsAt), award.status, award.evaluatedPrice,
                award.contractTermMonths, award.version);
    }
}
