package uk.collabproc.procurement.glance;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * contract-service's benefits of a contract: per organisation and in total for an officer; for a member, its own
 * organisation only (contract-service computes them so).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Benefits(Integer contractTermMonths, List<Benefit> organisations, Benefit total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Benefit(String odsCode, Integer sites, BigDecimal legacyAnnualCost, BigDecimal newAnnualCost, BigDecimal annualSaving,
            BigDecimal annualSavingPercent, Integer bandwidthBeforeMbps, Integer bandwidthAfterMbps, BigDecimal legacyCostPerMbps,
            BigDecimal newCostPerMbps,
            BigDecimal termSaving) {
    }
}
