package uk.collabproc.contract.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What procurement-service records of a concluded contract: it follows the recorded award (of the procurement, or of its
 * {@code lot}); the notice that the contract requires (UK7, or F03 under PCR 2015) states the rest. {@code lot} is left
 * out for a tender not divided, as in {@link AwardDecision}.
 */
public record ContractConclusion(UUID awardId, UUID contractId, UUID supplierId, String supplierName, LocalDate signedDate,
        LocalDate startDate, LocalDate endDate, BigDecimal value, @JsonInclude(JsonInclude.Include.NON_NULL) String lot) {

    /** The conclusion of the contract of a procurement not divided into lots. */
    public ContractConclusion(UUID awardId, UUID contractId, UUID supplierId, String supplierName, LocalDate signedDate,
            LocalDate startDate, LocalDate endDate, BigDecimal value) {
        this(awardId, contractId, supplierId, supplierName, signedDate, startDate, endDate, value, null);
    }
}
