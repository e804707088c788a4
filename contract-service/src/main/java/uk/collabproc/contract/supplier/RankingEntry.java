package uk.collabproc.contract.supplier;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One line of supplier-service's ranking, as far as the award reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RankingEntry(Integer rank, UUID bidId, UUID supplierId, String supplierName, BigDecimal totalScore,
        BigDecimal evaluatedPrice, String status) {

    public boolean qualified() {
        return "QUALIFIED".equals(status);
    }

    public boolean notEvaluable() {
        return "NOT_EVALUABLE".equals(status);
    }
}
