package uk.collabproc.supplier.evaluation;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SensitivityReport")
public record SensitivityReport(UUID procurementId, UUID winningBidId, String winningSupplierName, List<SensitivityEntry> weights) {
}
