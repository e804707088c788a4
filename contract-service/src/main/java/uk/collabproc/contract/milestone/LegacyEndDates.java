package uk.collabproc.contract.milestone;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * When a contract's legacy service ends, which the RAG of its milestones looks to. The migration plan knows it; it is
 * asked through this interface because the plan depends on the milestones it creates, not the other way round.
 */
public interface LegacyEndDates {

    Optional<LocalDate> legacyEndDate(UUID contractId);
}
