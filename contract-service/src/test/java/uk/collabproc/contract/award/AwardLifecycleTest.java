package uk.collabproc.contract.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.testsupport.Refusals.assertInvalid;
import static uk.collabproc.testsupport.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.contract.procurement.AwardDecision;
import uk.collabproc.contract.procurement.ProcurementSummary;
import uk.collabproc.contract.supplier.RankingEntry;

/** The award's lifecycle: decided into its standstill, recorded by procurement-service, concluded, taken back. */
class AwardLifecycleTest {

    private static final UUID PROCUREMENT = UUID.randomUUID();
    private static final ProcurementSummary PROCUREMENT_SUMMARY = new ProcurementSummary(PROCUREMENT, "Devon HSCN connectivity",
            "UHP-2017-HSCN-01", ProcurementSummary.Regime.PCR_2015, 60, ProcurementSummary.Status.EVALUATION, "RK9", List.of("RH8"), null,
            null,
            null, null);
    private static final RankingEntry WINNER = new RankingEntry(1, UUID.randomUUID(), UUID.randomUUID(), "Westcountry Networks Ltd",
            new BigDecimal("87.50"), new BigDecimal("1250000.00"), RankingEntry.Status.QUALIFIED);
    /** Monday 4 December 2017: the 10th day after is Thursday 14th, so the standstill ends at midnight that night. */
    private static final LocalDate DECIDED = LocalDate.of(2017, 12, 4);
    private static final Instant STANDSTILL_ENDS = Instant.parse("2017-12-15T00:00:00Z");
    private static final Instant NOW = Instant.parse("2017-12-04T10:00:00Z");

    private static Award decided() {
        return Award.decide(PROCUREMENT_SUMMARY, WINNER, DECIDED, "officer-rk9", NOW);
    }

    @Test
    void aDecidedAwardIsInItsStandstillUntilTheRegimeSays() {
        Award award = decided();

        assertEquals(Award.Status.STANDSTILL, award.status);
        assertEquals(STANDSTILL_ENDS, award.standstillEndsAt);
        assertEquals(DECIDED, award.decisionDate);
        assertEquals("PCR_2015", award.regime);
    }

    @Test
    void aDecidedAwardGoesToTheRankOneBid() {
        Award award = decided();

        assertEquals(WINNER.bidId(), award.winningBidId);
        assertEquals(WINNER.supplierId(), award.supplierId);
        assertEquals("Westcountry Networks Ltd", award.supplierName);
        assertEquals(new BigDecimal("1250000.00"), award.evaluatedPrice);
        assertEquals(new BigDecimal("87.50"), award.totalScore);
    }

    @Test
    void aDecidedAwardKeepsWhatItNeedsOfTheProcurement() {
        Award award = decided();

        assertEquals(PROCUREMENT, award.procurementId);
        assertEquals("Devon HSCN connectivity", award.procurementTitle);
        assertEquals("UHP-2017-HSCN-01", award.procurementReference);
        assertEquals(60, award.contractTermMonths);
        assertEquals(List.of("RK9", "RH8"), award.runBy());
        assertEquals("officer-rk9", award.decidedBy);
        assertEquals(NOW, award.createdAt);
    }

    @Test
    void aDecidedAwardIsNotYetRecordedByProcurementService() {
        assertFalse(decided().recordedByProcurement);
    }

    @Test
    void procurementServiceIsToldTheDecisionTheStandstillAndWhatTheAwardNoticeStates() {
        Award award = decided();

        assertEquals(new AwardDecision(award.id, DECIDED, STANDSTILL_ENDS, WINNER.supplierId(), "Westcountry Networks Ltd",
                new BigDecimal("1250000.00")), award.decision());
    }

    @Test
    void anAwardMarkedAsToldIsRecordedByProcurementService() {
        Award award = decided();

        award.markRecordedByProcurement();

        assertTrue(award.recordedByProcurement);
    }

    @Test
    void anAwardIsConcludedOnceItsStandstillHasEnded() {
        Award award = decided();

        award.conclude(STANDSTILL_ENDS, LocalDate.of(2017, 12, 15));

        assertEquals(Award.Status.CONCLUDED, award.status);
    }

    @Test
    void concludingIsRefusedWhileTheStandstillRuns() {
        Award award = decided();

        assertRefused(409, "Standstill running", "The standstill ends at 2017-12-15T00:00:00Z; the contract can be concluded from then on",
                () -> award.conclude(STANDSTILL_ENDS.minusSeconds(1), LocalDate.of(2017, 12, 15)));
        assertEquals(Award.Status.STANDSTILL, award.status);
    }

    @Test
    void concludingIsRefusedForAContractSignedDuringTheStandstill() {
        Award award = decided();

        assertInvalid("A contract cannot be signed during the standstill",
                List.of(Violation.ofBody("signedDate", "must not be before 2017-12-15")),
                () -> award.conclude(STANDSTILL_ENDS, LocalDate.of(2017, 12, 14)));
        assertEquals(Award.Status.STANDSTILL, award.status);
    }

    @Test
    void theFirstSigningDayIsTheLondonDayTheStandstillEndsOn() {
        // In summer time midnight in London is 23:00 UTC the day before.
        Award award = Award.decide(PROCUREMENT_SUMMARY, WINNER, LocalDate.of(2018, 6, 4), "officer-rk9", NOW);

        assertEquals(Instant.parse("2018-06-14T23:00:00Z"), award.standstillEndsAt);
        assertInvalid("A contract cannot be signed during the standstill",
                List.of(Violation.ofBody("signedDate", "must not be before 2018-06-15")),
                () -> award.requireStandstillOver(award.standstillEndsAt, LocalDate.of(2018, 6, 14)));
    }

    @Test
    void aConclusionTakenBackLeavesTheAwardInItsStandstill() {
        Award award = decided();
        award.conclude(STANDSTILL_ENDS, LocalDate.of(2017, 12, 15));

        award.takeBackConclusion();

        assertEquals(Award.Status.STANDSTILL, award.status);
    }
}
