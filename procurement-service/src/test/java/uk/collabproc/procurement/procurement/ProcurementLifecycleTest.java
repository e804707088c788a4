package uk.collabproc.procurement.procurement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.testsupport.Refusals.assertInvalid;
import static uk.collabproc.testsupport.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;

/** The procurement's lifecycle: which transitions it allows at a given instant, what they change, and how it refuses. */
class ProcurementLifecycleTest {

    private static final String LEAD = "RK9";
    private static final String MEMBER = "RH8";
    private static final Instant GATHERING = Instant.parse("2017-09-01T09:00:00Z");
    private static final Instant REQUIREMENTS_DUE = Instant.parse("2017-09-29T16:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2017-10-02T09:00:00Z");
    private static final Instant TENDERS_DUE = Instant.parse("2017-11-06T12:00:00Z");
    private static final Instant EVALUATING = Instant.parse("2017-11-07T09:00:00Z");
    private static final AwardDecision AWARD = new AwardDecision(UUID.randomUUID(), LocalDate.of(2017, 12, 4),
            Instant.parse("2017-12-15T00:00:00Z"), null, null, null, null);

    private static Procurement gathering() {
        return Procurement.start(new NewProcurement(" Devon HSCN connectivity ", "UHP-2017-HSCN-01", Regime.PCR_2015, LEAD,
                REQUIREMENTS_DUE, 60), GATHERING);
    }

    private static Procurement published() {
        Procurement procurement = gathering();
        procurement.publish(TENDERS_DUE, PUBLISHED);
        return procurement;
    }

    private static Procurement awarded() {
        Procurement procurement = published();
        procurement.recordAwardDecision(AWARD, EVALUATING);
        return procurement;
    }

    private static Procurement withStatus(ProcurementStatus status) {
        Procurement procurement = published();
        procurement.status = status;
        return procurement;
    }

    private static ProcurementMember member(String odsCode, boolean coLead) {
        ProcurementMember member = new ProcurementMember();
        member.odsCode = odsCode;
        member.coLead = coLead;
        return member;
    }

    private static ContractConclusion contractOf(UUID awardId) {
        return new ContractConclusion(awardId, UUID.randomUUID(), null, null, null, null, null, null, null);
    }

    @Test
    void aStartedProcurementGathersRequirements() {
        Procurement procurement = gathering();

        assertEquals(ProcurementStatus.REQUIREMENTS_GATHERING, procurement.statusAt(GATHERING));
        assertEquals("Devon HSCN connectivity", procurement.title);
        assertEquals("UHP-2017-HSCN-01", procurement.reference);
        assertEquals(Regime.PCR_2015, procurement.regime);
        assertEquals(LEAD, procurement.leadOrganisation);
        assertEquals(REQUIREMENTS_DUE, procurement.requirementsDeadline);
        assertEquals(60, procurement.contractTermMonths);
        assertEquals(GATHERING, procurement.createdAt);
        assertFalse(procurement.isPublished());
    }

    // The status at an instant

    @Test
    void theStoredStatusHoldsWhileTheTenderIsOpen() {
        assertEquals(ProcurementStatus.TENDER_OPEN, published().statusAt(TENDERS_DUE.minusSeconds(1)));
    }

    @Test
    void anOpenTenderIsUnderEvaluationFromTheMomentOfItsDeadline() {
        assertEquals(ProcurementStatus.EVALUATION, published().statusAt(TENDERS_DUE));
    }

    @Test
    void noOtherStatusFollowsTheClock() {
        assertEquals(ProcurementStatus.REQUIREMENTS_GATHERING, gathering().statusAt(EVALUATING));
        assertEquals(ProcurementStatus.AWARDED, awarded().statusAt(EVALUATING.plusSeconds(86_400 * 365)));
    }

    // Members

    @Test
    void anOrganisationJoinsWhileRequirementsAreGathered() {
        Procurement procurement = gathering();

        ProcurementMember member = procurement.addMember(MEMBER, GATHERING);

        assertEquals(procurement.id, member.procurementId);
        assertEquals(MEMBER, member.odsCode);
        assertEquals(GATHERING, member.joinedAt);
        assertFalse(member.coLead);
    }

    @Test
    void noOrganisationJoinsOnceTheTenderIsPublished() {
        assertRefused(409, "Membership is closed", "Members join while requirements are gathered; the procurement is TENDER_OPEN",
                () -> published().addMember(MEMBER, PUBLISHED));
    }

    @Test
    void aRefusedJoinNamesTheStatusTheProcurementIsInOnceTheTenderDeadlineHasPassed() {
        assertRefused(409, "Membership is closed", "Members join while requirements are gathered; the procurement is EVALUATION",
                () -> published().addMember(MEMBER, EVALUATING));
    }

    @Test
    void aMemberWithoutRequirementsLeavesWhileRequirementsAreGathered() {
        assertDoesNotThrow(() -> gathering().requireRemovable(member(MEMBER, false), false, GATHERING));
    }

    @Test
    void theLeadPartnerNeverLeavesItsProcurement() {
        assertRefused(409, "The lead partner stays", "The lead partner cannot leave its own procurement",
                () -> published().requireRemovable(member(LEAD, false), false, PUBLISHED));
    }

    @Test
    void noMemberLeavesOnceTheTenderIsPublished() {
        assertRefused(409, "Membership is closed", "Members leave while requirements are gathered; the procurement is TENDER_OPEN",
                () -> published().requireRemovable(member(MEMBER, false), false, PUBLISHED));
    }

    @Test
    void aRefusedLeaveNamesTheStatusTheProcurementIsInOnceTheTenderDeadlineHasPassed() {
        assertRefused(409, "Membership is closed", "Members leave while requirements are gathered; the procurement is EVALUATION",
                () -> published().requireRemovable(member(MEMBER, false), false, EVALUATING));
    }

    @Test
    void aCoLeadStopsBeingCoLeadBeforeItLeaves() {
        assertRefused(409, "The member is co-lead", "Stop RH8 being co-lead before it leaves",
                () -> gathering().requireRemovable(member(MEMBER, true), false, GATHERING));
    }

    @Test
    void aMemberWithRequirementsDoesNotLeave() {
        assertRefused(409, "The member has requirements",
                "Delete the organisation's draft requirements first; submitted ones keep it a member",
                () -> gathering().requireRemovable(member(MEMBER, false), true, GATHERING));
    }

    // Co-leads

    @Test
    void aMemberIsNamedCoLeadBeforePublication() {
        ProcurementMember member = member(MEMBER, false);

        assertTrue(gathering().setCoLead(member, true, GATHERING));
        assertTrue(member.coLead);
    }

    @Test
    void aCoLeadStopsBeingOneBeforePublication() {
        ProcurementMember member = member(MEMBER, true);

        assertTrue(gathering().setCoLead(member, false, GATHERING));
        assertFalse(member.coLead);
    }

    @Test
    void namingACoLeadAgainChangesNothingEvenAfterPublication() {
        ProcurementMember member = member(MEMBER, true);

        assertFalse(published().setCoLead(member, true, PUBLISHED));
        assertTrue(member.coLead);
    }

    @Test
    void coLeadsAreFixedOnceTheTenderIsPublished() {
        assertRefused(409, "The tender is published", "Co-leads are named before publication; the procurement is EVALUATION",
                () -> published().setCoLead(member(MEMBER, false), true, EVALUATING));
    }

    @Test
    void coLeadsStillChangeOnACancelledProcurementThatWasNeverPublished() {
        Procurement procurement = gathering();
        procurement.cancel(GATHERING);
        ProcurementMember member = member(MEMBER, false);

        assertTrue(procurement.setCoLead(member, true, GATHERING));
    }

    @Test
    void theLeadPartnerIsNotNamedCoLead() {
        assertRefused(409, "The lead partner leads", "The lead partner runs its procurement already",
                () -> gathering().setCoLead(member(LEAD, false), true, GATHERING));
    }

    // The requirements deadline

    @Test
    void theRequirementsDeadlineMovesLaterWhileRequirementsAreGathered() {
        Procurement procurement = gathering();
        Instant later = REQUIREMENTS_DUE.plusSeconds(7 * 86_400);

        DeadlineChange change = procurement.extendRequirementsDeadline(later, "  Two hospices asked for another week ", GATHERING,
                "officer-1");

        assertEquals(later, procurement.requirementsDeadline);
        assertEquals(procurement.id, change.procurementId);
        assertEquals(DeadlineChange.Deadline.REQUIREMENTS, change.deadline);
        assertEquals(REQUIREMENTS_DUE, change.previous);
        assertEquals(later, change.current);
        assertEquals("Two hospices asked for another week", change.reason);
        assertEquals(GATHERING, change.changedAt);
        assertEquals("officer-1", change.changedBy);
    }

    @Test
    void theRequirementsDeadlineMovesAfterItHasPassedWhileRequirementsAreStillGathered() {
        Procurement procurement = gathering();
        Instant later = REQUIREMENTS_DUE.plusSeconds(86_400);

        procurement.extendRequirementsDeadline(later, "Late joiners", REQUIREMENTS_DUE.plusSeconds(60), "officer-1");

        assertEquals(later, procurement.requirementsDeadline);
    }

    @Test
    void theRequirementsDeadlineNeverMovesEarlierOrStays() {
        Procurement procurement = gathering();

        assertInvalid("A deadline can only be extended",
                List.of(Violation.ofBody("deadline", "must be later than the current deadline 2017-09-29T16:00:00Z")),
                () -> procurement.extendRequirementsDeadline(REQUIREMENTS_DUE, "Same", GATHERING, "officer-1"));
        assertEquals(REQUIREMENTS_DUE, procurement.requirementsDeadline);
    }

    @Test
    void theRequirementsDeadlineDoesNotMoveOnceTheTenderIsPublished() {
        assertRefused(409, "Requirements gathering is over",
                "The requirements deadline can only move while requirements are gathered; the procurement is TENDER_OPEN",
                () -> published().extendRequirementsDeadline(TENDERS_DUE, "Too late", PUBLISHED, "officer-1"));
    }

    @Test
    void aRefusedRequirementsDeadlineNamesTheStatusTheProcurementIsInOnceTheTenderDeadlineHasPassed() {
        assertRefused(409, "Requirements gathering is over",
                "The requirements deadline can only move while requirements are gathered; the procurement is EVALUATION",
                () -> published().extendRequirementsDeadline(EVALUATING.plusSeconds(60), "Too late", EVALUATING, "officer-1"));
    }

    // Requirements

    @Test
    void requirementsAreDecidedWhileTheyAreGatheredEvenAfterTheirDeadline() {
        assertDoesNotThrow(() -> gathering().requireGatheringRequirements(REQUIREMENTS_DUE.plusSeconds(60)));
    }

    @Test
    void requirementsAreNotDecidedOnceTheTenderIsPublished() {
        assertRefused(409, "Requirements gathering is over", "The procurement is EVALUATION",
                () -> published().requireGatheringRequirements(EVALUATING));
    }

    @Test
    void membersWorkOnRequirementsUntilJustBeforeTheirDeadline() {
        assertDoesNotThrow(() -> gathering().requireOpenForMembers(REQUIREMENTS_DUE.minusSeconds(1)));
    }

    @Test
    void membersStopWorkingOnRequirementsAtTheirDeadline() {
        assertRefused(409, "The requirements deadline has passed",
                "Requirements were due by 2017-09-29T16:00:00Z; ask the officer to extend the deadline",
                () -> gathering().requireOpenForMembers(REQUIREMENTS_DUE));
    }

    @Test
    void membersDoNotWorkOnRequirementsOfACancelledProcurement() {
        Procurement procurement = gathering();
        procurement.cancel(GATHERING);

        assertRefused(409, "Requirements gathering is over", "The procurement is CANCELLED",
                () -> procurement.requireOpenForMembers(GATHERING));
    }

    // The tender

    @Test
    void theTenderChangesWhileRequirementsAreGathered() {
        assertDoesNotThrow(() -> gathering().requireTenderChangeable(GATHERING));
    }

    @Test
    void thePublishedTenderIsFixed() {
        assertRefused(409, "The tender is fixed",
                "The procurement is TENDER_OPEN; a published tender changes only by a recorded deadline extension",
                () -> published().requireTenderChangeable(PUBLISHED));
    }

    @Test
    void publishingOpensTheTenderUntilItsDeadline() {
        Procurement procurement = gathering();

        procurement.publish(TENDERS_DUE, PUBLISHED);

        assertEquals(ProcurementStatus.TENDER_OPEN, procurement.status);
        assertEquals(PUBLISHED, procurement.publishedAt);
        assertEquals(TENDERS_DUE, procurement.tenderDeadline);
        assertTrue(procurement.isPublished());
    }

    @Test
    void aTenderIsPublishedOnlyOnce() {
        Procurement procurement = published();

        assertRefused(409, "Cannot publish", "The procurement is EVALUATION", () -> procurement.publish(EVALUATING, EVALUATING));
        assertEquals(PUBLISHED, procurement.publishedAt);
    }

    @Test
    void aCancelledProcurementIsNotPublished() {
        Procurement procurement = gathering();
        procurement.cancel(GATHERING);

        assertRefused(409, "Cannot publish", "The procurement is CANCELLED", () -> procurement.requirePublishable(PUBLISHED));
    }

    @Test
    void theTenderDeadlineMovesLaterWhileTheTenderIsOpen() {
        Procurement procurement = published();
        Instant later = TENDERS_DUE.plusSeconds(7 * 86_400);

        DeadlineChange change = procurement.extendTenderDeadline(later, "A supplier asked for time", PUBLISHED, "officer-1");

        assertEquals(later, procurement.tenderDeadline);
        assertEquals(DeadlineChange.Deadline.TENDER, change.deadline);
        assertEquals(TENDERS_DUE, change.previous);
        assertEquals(later, change.current);
        assertEquals(ProcurementStatus.TENDER_OPEN, procurement.statusAt(TENDERS_DUE));
    }

    @Test
    void theTenderDeadlineDoesNotMoveOnceItHasPassed() {
        assertRefused(409, "The tender is not open",
                "The procurement is EVALUATION; a tender deadline is extended while the tender is open",
                () -> published().extendTenderDeadline(EVALUATING.plusSeconds(86_400), "Too late", TENDERS_DUE, "officer-1"));
    }

    @Test
    void theTenderDeadlineDoesNotMoveBeforePublication() {
        assertRefused(409, "The tender is not open",
                "The procurement is REQUIREMENTS_GATHERING; a tender deadline is extended while the tender is open",
                () -> gathering().requireTenderDeadlineExtensible(GATHERING));
    }

    @Test
    void theTenderDeadlineNeverMovesEarlier() {
        Procurement procurement = published();

        assertInvalid("A deadline can only be extended",
                List.of(Violation.ofBody("deadline", "must be later than the current deadline 2017-11-06T12:00:00Z")),
                () -> procurement.extendTenderDeadline(TENDERS_DUE.minusSeconds(60), "Sooner", PUBLISHED, "officer-1"));
        assertEquals(TENDERS_DUE, procurement.tenderDeadline);
    }

    @Test
    void suppliersAskQuestionsWhileTheTenderIsOpen() {
        assertDoesNotThrow(() -> published().requireOpenForQuestions(TENDERS_DUE.minusSeconds(1)));
    }

    @Test
    void suppliersAskNoQuestionsOnceTheTenderDeadlineHasPassed() {
        assertRefused(409, "The tender is not open", "Questions are asked while the tender is open; the procurement is EVALUATION",
                () -> published().requireOpenForQuestions(TENDERS_DUE));
    }

    // Cancellation

    @Test
    void aProcurementGatheringRequirementsIsCancelled() {
        Procurement procurement = gathering();

        procurement.cancel(GATHERING);

        assertEquals(ProcurementStatus.CANCELLED, procurement.statusAt(GATHERING));
    }

    @Test
    void anAwardedProcurementIsStillCancelled() {
        Procurement procurement = awarded();

        procurement.cancel(EVALUATING);

        assertEquals(ProcurementStatus.CANCELLED, procurement.status);
    }

    @Test
    void aContractedProcurementIsNotCancelled() {
        assertRefused(409, "Cannot cancel", "The procurement is already CONTRACTED",
                () -> withStatus(ProcurementStatus.CONTRACTED).cancel(EVALUATING));
    }

    @Test
    void aCancelledProcurementIsNotCancelledAgain() {
        assertRefused(409, "Cannot cancel", "The procurement is already CANCELLED",
                () -> withStatus(ProcurementStatus.CANCELLED).cancel(EVALUATING));
    }

    // The award and the contract, as contract-service records them

    @Test
    void anAwardIsRecordedOnceTheTenderDeadlineHasPassed() {
        Procurement procurement = published();

        procurement.recordAwardDecision(AWARD, EVALUATING);

        assertEquals(ProcurementStatus.AWARDED, procurement.status);
        assertEquals(AWARD.awardId(), procurement.awardId);
        assertEquals(AWARD.decisionDate(), procurement.awardDecisionDate);
        assertEquals(AWARD.standstillEndsAt(), procurement.standstillEndsAt);
    }

    @Test
    void noAwardIsRecordedWhileTheTenderIsOpen() {
        Procurement procurement = published();

        assertRefused(409, "Cannot record AWARDED", "The procurement is TENDER_OPEN; it must be EVALUATION first",
                () -> procurement.recordAwardDecision(AWARD, PUBLISHED));
        assertNull(procurement.awardId);
    }

    @Test
    void repeatingTheRecordedAwardChangesNothingEvenOnceContracted() {
        Procurement procurement = awarded();
        procurement.recordContractConclusion(contractOf(AWARD.awardId()), EVALUATING);

        procurement.recordAwardDecision(new AwardDecision(AWARD.awardId(), LocalDate.of(2018, 1, 1), EVALUATING, null, null, null, null),
                EVALUATING);

        assertEquals(ProcurementStatus.CONTRACTED, procurement.status);
        assertEquals(AWARD.decisionDate(), procurement.awardDecisionDate);
    }

    @Test
    void aNewAwardReplacesTheOneContractServiceTookBack() {
        Procurement procurement = awarded();
        AwardDecision again = new AwardDecision(UUID.randomUUID(), LocalDate.of(2017, 12, 5), Instant.parse("2017-12-16T00:00:00Z"), null,
                null, null, null);

        procurement.recordAwardDecision(again, EVALUATING);

        assertEquals(again.awardId(), procurement.awardId);
        assertEquals(again.decisionDate(), procurement.awardDecisionDate);
        assertEquals(again.standstillEndsAt(), procurement.standstillEndsAt);
    }

    @Test
    void noOtherAwardIsRecordedOnceContracted() {
        Procurement procurement = awarded();
        procurement.recordContractConclusion(contractOf(AWARD.awardId()), EVALUATING);

        assertRefused(409, "Cannot record AWARDED", "The procurement is CONTRACTED; it must be EVALUATION first",
                () -> procurement.recordAwardDecision(
                        new AwardDecision(UUID.randomUUID(), LocalDate.of(2018, 1, 1), EVALUATING, null, null, null, null),
                        EVALUATING));
    }

    @Test
    void theContractOfTheRecordedAwardIsRecorded() {
        Procurement procurement = awarded();
        ContractConclusion conclusion = contractOf(AWARD.awardId());

        procurement.recordContractConclusion(conclusion, EVALUATING);

        assertEquals(ProcurementStatus.CONTRACTED, procurement.status);
        assertEquals(conclusion.contractId(), procurement.contractId);
    }

    @Test
    void repeatingTheRecordedContractChangesNothing() {
        Procurement procurement = awarded();
        ContractConclusion conclusion = contractOf(AWARD.awardId());
        procurement.recordContractConclusion(conclusion, EVALUATING);

        assertDoesNotThrow(() -> procurement.recordContractConclusion(conclusion, EVALUATING));
        assertEquals(conclusion.contractId(), procurement.contractId);
    }

    @Test
    void noContractIsRecordedBeforeTheAward() {
        assertRefused(409, "Cannot record CONTRACTED", "The procurement is EVALUATION; it must be AWARDED first",
                () -> published().recordContractConclusion(contractOf(AWARD.awardId()), EVALUATING));
    }

    @Test
    void noSecondContractIsRecorded() {
        Procurement procurement = awarded();
        procurement.recordContractConclusion(contractOf(AWARD.awardId()), EVALUATING);

        assertRefused(409, "Already CONTRACTED", "The procurement is already CONTRACTED by another contract",
                () -> procurement.recordContractConclusion(contractOf(AWARD.awardId()), EVALUATING));
    }

    @Test
    void noContractOfAnotherAwardIsRecorded() {
        Procurement procurement = awarded();
        UUID other = UUID.randomUUID();

        assertRefused(409, "Not the recorded award", "The procurement was awarded by award " + AWARD.awardId() + ", not " + other,
                () -> procurement.recordContractConclusion(contractOf(other), EVALUATING));
        assertEquals(ProcurementStatus.AWARDED, procurement.status);
    }
}
