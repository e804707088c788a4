package uk.collabproc.supplier.evaluation;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.supplier.bid.BidRequest;

@Schema(name = "SensitivityReport")
public record SensitivityReport(
        UUID procurementId,
        @Schema(description = "The lot of a divided tender this is of; null when the tender is not divided", pattern = BidRequest.LOT_NUMBER, example = "1") String lot,
        UUID winningBidId, String winningSupplierName, List<SensitivityEntry> weights) {
}
