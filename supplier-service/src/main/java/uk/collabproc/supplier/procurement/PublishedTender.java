package uk.collabproc.supplier.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A published tender as supplier-service reads it from procurement-service: only the fields bidding and
 * evaluation use (tolerant reader). The contract test against procurement-service proves they are served.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedTender(
        UUID procurementId,
        String leadOrganisation,
        List<String> coLeads,
        String regime,
        int contractTermMonths,
        List<Criterion> criteria,
        int scaleMax,
        String priceFormula,
        BigDecimal qualityThresholdPercent,
        BigDecimal abnormallyLowPercent,
        int discrepancyPoints,
        List<String> tieBreak,
        Instant tenderDeadline,
        List<PricingLine> pricingSchedule,
        boolean published) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(String code, String title, String kind, BigDecimal weight, Integer minimumScore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PricingLine(String lineId, String siteCode, String odsCode) {
    }
}
