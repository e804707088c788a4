package uk.collabproc.contract.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What procurement-service records of an award decision: the award that justifies the status AWARDED. */
public record AwardDecision(UUID awardId, LocalDate decisionDate, Instant standstillEndsAt) {
}
