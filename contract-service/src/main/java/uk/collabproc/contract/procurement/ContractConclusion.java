package uk.collabproc.contract.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What procurement-service records of a concluded contract: it follows the recorded award; the notice that the contract
 * requires (UK7, or F03 under PCR 2015) states the rest.
 */
public record ContractConclusion(UUID awardId, UUID contractId, UUID supplierId, String supplierName, LocalDate signedDate,
        LocalDate startDate, LocalDate endDate, BigDecimal value) {
}
