package uk.collabproc.procurement.procurement;

import java.time.Instant;

/**
 * contract-service's award decision or contract conclusion has just been recorded, inside the transaction that records
 * it; a repeat of one already recorded is not. What observes it (the notices they require) either joins that
 * transaction or, by throwing, refuses the record.
 */
public sealed interface OutcomeRecorded {

    Procurement procurement();

    Instant at();

    record AwardDecided(Procurement procurement, AwardDecision decision, Instant at) implements OutcomeRecorded {
    }

    record ContractConcluded(Procurement procurement, ContractConclusion conclusion, Instant at) implements OutcomeRecorded {
    }
}
