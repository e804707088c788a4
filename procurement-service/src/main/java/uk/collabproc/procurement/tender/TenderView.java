package uk.collabproc.procurement.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.procurement.procurement.Regime;

@Schema(name = "Tender")
public record TenderView(
        UUID procurementId,
        @Schema(description = "ODS code of the lead partner, which runs the competition") String leadOrganisation,
        @Schema(description = "ODS codes of the co-leads that run it with the lead partner, fixed at publication") List<String> coLeads,
        Regime regime,
        @Schema(description = "The contract term; evaluated prices count the annual charges over it") int contractTermMonths,
        List<Criterion> criteria,
        int scaleMax,
        PriceFormula priceFormula,
        BigDecimal qualityThresholdPercent,
        BigDecimal abnormallyLowPercent,
        int discrepancyPoints,
        List<TieBreak> tieBreak,
        Instant clarificationDeadline,
        Instant tenderDeadline,
        @Schema(description = "One line per approved requirement; every bid prices every line of the lots it is for") List<PricingLine> pricingSchedule,
        @Schema(description = "The lots the tender is divided into; empty when it is not divided") List<Lot> lots,
        String description,
        @Schema(description = "GBP, excluding VAT") BigDecimal estimatedValue,
        @Schema(description = "Main CPV code") String mainClassification,
        boolean published,
        Instant publishedAt,
        long version) {
}
