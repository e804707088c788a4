package uk.collabproc.contract.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What procurement-service records of an award decision: the award that justifies the status AWARDED, and what its
 * contract award notice states (the winning supplier, the evaluated price over the term).
 */
public record AwardDecision(UUID awardId, LocalDate decisionDate, Instant standstillEndsAt, UUID supplierId, String supplierName,
        BigDecimal value) {
}
