package uk.collabproc.contract.procurement;

import java.util.UUID;

/** What procurement-service records of a concluded contract: it follows the recorded award. */
public record ContractConclusion(UUID awardId, UUID contractId) {
}
