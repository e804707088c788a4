package uk.collabproc.procurement.glance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.collabproc.common.remote.TolerantEnum;

/** One line of supplier-service's ranking, as far as the page reads it; fields it does not read are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RankingEntry(Integer rank, UUID bidId, UUID supplierId, String supplierName, BigDecimal qualityScore,
        BigDecimal priceScore, BigDecimal totalScore, BigDecimal evaluatedPrice, Status status, List<String> reasons) {

    /** An outcome the page does not know yet reads as UNKNOWN and is shown as such, rather than failing the section. */
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
