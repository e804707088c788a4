package uk.collabproc.contract.supplier;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.collabproc.common.remote.TolerantEnum;

/** One line of supplier-service's ranking, as far as the award reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RankingEntry(Integer rank, UUID bidId, UUID supplierId, String supplierName, BigDecimal totalScore,
        BigDecimal evaluatedPrice, Status status) {

    public boolean qualified() {
        return status == Status.QUALIFIED;
    }

    public boolean notEvaluable() {
        return status == Status.NOT_EVALUABLE;
    }

    /** A bid's place in the ranking as contract-service reads it; an outcome it does not know reads as UNKNOWN. */
    public enum Status {
        QUALIFIED,
        DISQUALIFIED,
        NOT_EVALUABLE,
        UNKNOWN;

        @JsonCreator
        static Status of(String value) {
            return TolerantEnum.of(Status.class, value, UNKNOWN);
        }
    }
}
