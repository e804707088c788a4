package uk.collabproc.contract.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.collabproc.testsupport.Refusals.assertInvalid;
import static uk.collabproc.testsupport.Refusals.assertRefused;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.contract.procurement.ProcurementSummary;
import uk.collabproc.contract.procurement.ProcurementSummary.Lot;
import uk.collabproc.contract.procurement.ProcurementSummary.LotStatus;

/** Which lot an award is of: named for a tender divided into lots, one of its lots, and never for a tender not divided. */
class LotRulesTest {

    private static final UUID ID = UUID.fromString("5d2e8a10-4c3b-4f7e-8a9d-0e1f2a3b4c5d");

    private static ProcurementSummary procurement(List<Lot> lots) {
        return new ProcurementSummary(ID, "Devon HSCN connectivity", "UHP-2017-HSCN-01", ProcurementSummary.Regime.PCR_2015, 60,
                ProcurementSummary.Status.EVALUATION, "RK9", List.of(), null, null, null, null, lots);
    }

    private static final ProcurementSummary DIVIDED = procurement(List.of(new Lot("1", "Acute and community trust sites",
            LotStatus.AWARDED), new Lot("2", "GP practices and hospices", LotStatus.NOT_AWARDED)));

    @Test
    void aTenderNotDividedIsAwardedWhole() {
        assertNull(LotRules.lotToAward(procurement(List.of()), null));
        assertNull(LotRules.lotToAward(procurement(null), null), "a procurement-service that says nothing of lots");
    }

    @Test
    void aTenderNotDividedIsRefusedALot() {
        assertInvalid("The tender is not divided into lots", List.of(Violation.ofBody("lot", "must be absent: the tender of procurement "
                + ID + " is not divided into lots")), () -> LotRules.lotToAward(procurement(List.of()), "1"));
    }

    @Test
    void aDividedTenderIsAwardedOneOfItsLots() {
        assertEquals("2", LotRules.lotToAward(DIVIDED, "2"));
    }

    @Test
    void aDividedTenderNeedsTheLotAndSaysWhichItHas() {
        assertInvalid("The tender is divided into lots", List.of(Violation.ofBody("lot", "is required: the tender of procurement " + ID
                + " is divided into lots 1, 2, each awarded on its own")), () -> LotRules.lotToAward(DIVIDED, null));
        assertInvalid("No such lot",
                List.of(Violation.ofBody("lot", "is not one of the lots of the tender of procurement " + ID + ": 1, 2")),
                () -> LotRules.lotToAward(DIVIDED, "3"));
    }

    @Test
    void onlyALotNotYetAwardedIsAwarded() {
        LotRules.requireNotAwarded(DIVIDED, "2");
        LotRules.requireNotAwarded(procurement(List.of()), null);
        assertRefused(409, "Lot not awaiting award", "Lot 1 of procurement " + ID + " is AWARDED; an award follows the evaluation of "
                + "the bids on a lot not yet awarded", () -> LotRules.requireNotAwarded(DIVIDED, "1"));
    }

    @Test
    void aLotWhoseStatusIsNotKnownIsNotAwarded() {
        ProcurementSummary unknown = procurement(List.of(new Lot("1", "Acute", null)));

        assertRefused(409, "Lot not awaiting award", "Lot 1 of procurement " + ID + " is UNKNOWN; an award follows the evaluation of "
                + "the bids on a lot not yet awarded", () -> LotRules.requireNotAwarded(unknown, "1"));
    }
}
