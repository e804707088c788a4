package uk.collabproc.contract.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.contract.links.Links;
import uk.collabproc.contract.links.ServiceLinks;

@Schema(name = "Award")
public record AwardView(
        UUID id,
        UUID procurementId,
        @Schema(description = "The lot awarded; null when the tender is not divided into lots", pattern = AwardRequest.LOT_NUMBER, example = "1") String lot,
        @Schema(description = "The winning bid in supplier-service; absent for a member, who reads no bid") UUID winningBidId,
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
        long version,
        @Schema(description = "The procurement's reference, as the lead partner gave it", example = "UHP-2017-HSCN-01") String procurementReference,
        @Schema(description = "The contract concluded on this award; absent before") UUID contractId,
        @Schema(description = "The procurement (in procurement-service), this award and its contract") Links links){

    /** The award as {@code now} sees it, with its contract if one is concluded; {@code withBid} false leaves out the winning bid. */
    static AwardView of(Award award, UUID contractId, Instant now, ServiceLinks links, boolean withBid) {
        return new AwardView(award.id, award.procurementId, award.lot, withBid ? award.winningBidId : null, award.supplierId,
                award.supplierName, award.regime,
                award.decisionDate, award.standstillEndsAt, !now.isBefore(award.standstillEndsAt), award.status, award.evaluatedPrice,
                award.contractTermMonths, award.version, award.procurementReference, contractId,
                links.of(award.procurementId, award.id, contractId));
    }
}
