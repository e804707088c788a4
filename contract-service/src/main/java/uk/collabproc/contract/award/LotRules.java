package uk.collabproc.contract.award;

import java.util.List;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.contract.procurement.ProcurementSummary;

/**
 * Which lot an award is of (docs/domain.md#award-and-contract). A tender divided into lots is awarded lot by lot, so the
 * officer names the lot; a tender not divided is awarded whole, as before lots, and naming a lot would say something
 * procurement-service does not know.
 */
public final class LotRules {

    private LotRules() {
    }

    /**
     * The lot {@code requested} when it is one of the divided tender's lots, or null for a tender not divided when none is
     * requested; refused (400 naming {@code lot}) otherwise.
     */
    public static String lotToAward(ProcurementSummary procurement, String requested) {
        if (!procurement.divided()) {
            if (requested != null) {
                throw invalid("The tender is not divided into lots",
                        "must be absent: the tender of procurement " + procurement.id() + " is not divided into lots");
            }
            return null;
        }
        if (requested == null) {
            throw invalid("The tender is divided into lots", "is required: the tender of procurement " + procurement.id()
                    + " is divided into lots " + String.join(", ", procurement.lotNumbers()) + ", each awarded on its own");
        }
        if (procurement.lot(requested).isEmpty()) {
            throw invalid("No such lot", "is not one of the lots of the tender of procurement " + procurement.id() + ": "
                    + String.join(", ", procurement.lotNumbers()));
        }
        return requested;
    }

    /**
     * Refused (409) unless procurement-service has {@code lot} still to award: an award follows the evaluation of the bids on
     * a lot that has none yet. Nothing to check for a tender not divided ({@code lot} null): its status says it all.
     */
    public static void requireNotAwarded(ProcurementSummary procurement, String lot) {
        if (lot == null) {
            return;
        }
        ProcurementSummary.LotStatus status = procurement.lot(lot).orElseThrow().status();
        if (status != ProcurementSummary.LotStatus.NOT_AWARDED) {
            throw Problems.conflict("Lot not awaiting award", "Lot " + lot + " of procurement " + procurement.id() + " is " + status
                    + "; an award follows the evaluation of the bids on a lot not yet awarded");
        }
    }

    private static RuntimeException invalid(String detail, String message) {
        return Problems.invalid(detail, List.of(Violation.ofBody("lot", message)));
    }
}
