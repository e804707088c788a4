package uk.collabproc.contract.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What procurement-service records of an award decision: the award that justifies the status AWARDED (of the procurement,
 * or of its {@code lot} when the tender is divided), and what its contract award notice states (the winning supplier, the
 * evaluated price over the term). {@code lot} is left out for a tender not divided, which procurement-service requires
 * absent, so that what it is told of such a tender is exactly what it was told before lots.
 */
public record AwardDecision(UUID awardId, LocalDate decisionDate, Instant standstillEndsAt, UUID supplierId, String supplierName,
        BigDecimal value, @JsonInclude(JsonInclude.Include.NON_NULL) String lot) {

    /** The decision on a procurement not divided into lots. */
    public AwardDecision(UUID awardId, LocalDate decisionDate, Instant standstillEndsAt, UUID supplierId, String supplierName,
            BigDecimal value) {
        this(awardId, decisionDate, standstillEndsAt, supplierId, supplierName, value, null);
    }
}
