package uk.collabproc.contract.migration;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.collabproc.contract.milestone.LegacyEndDates;

/** The legacy end date as the contract's migration plan names it. */
@ApplicationScoped
public class PlannedLegacyEndDates implements LegacyEndDates {

    @Override
    public Optional<LocalDate> legacyEndDate(UUID contractId) {
        return MigrationPlan.legacyEndDate(contractId);
    }
}
