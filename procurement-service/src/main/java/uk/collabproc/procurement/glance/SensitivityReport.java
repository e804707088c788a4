package uk.collabproc.procurement.glance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** supplier-service's weight sensitivity: how far each weight (in %) can move before the first-ranked bid changes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SensitivityReport(UUID winningBidId, String winningSupplierName, List<Weight> weights) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Weight(String criterionCode, BigDecimal currentWeight, BigDecimal lowestWeightKeepingWinner,
            BigDecimal highestWeightKeepingWinner) {
    }
}
