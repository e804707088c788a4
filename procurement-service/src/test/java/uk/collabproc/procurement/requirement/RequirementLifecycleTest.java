package uk.collabproc.procurement.requirement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.collabproc.testsupport.Refusals.assertInvalid;
import static uk.collabproc.testsupport.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementStatus;

/**
 * A requirement's lifecycle within its procurement's: the member drafts, changes, withdraws and submits it until the
 * requirements deadline; the officer approves or returns it until the tender is published.
 */
class RequirementLifecycleTest {

    private static final String SITE = "RK9-DERRIFORD";
    private static final Instant BEFORE_DEADLINE = Instant.parse("2017-09-01T09:00:00Z");
    private static final Instant REQUIREMENTS_DUE = Instant.parse("2017-09-29T16:00:00Z");
    private static final Instant AFTER_DEADLINE = REQUIREMENTS_DUE.plusSeconds(3_600);
    private static final LocalDate TODAY = LocalDate.of(2017, 9, 1);

    private static Procurement gathering() {
        Procurement procurement = new Procurement();
        procurement.id = UUID.randomUUID();
        procurement.leadOrganisation = "RK9";
        procurement.requirementsDeadline = REQUIREMENTS_DUE;
        procurement.status = ProcurementStatus.REQUIREMENTS_GATHERING;
        return procurement;
    }

    private static Procurement published() {
        Procurement procurement = gathering();
        procurement.publish(Instant.parse("2017-11-06T12:00:00Z"), Instant.parse("2017-10-02T09:00:00Z"));
        return procurement;
    }

    private static RequirementRequest request(String siteCode, LocalDate neededBy) {
        return new RequirementRequest(siteCode, 1000, Resilience.DUAL, List.of(ClinicalService.PACS, ClinicalService.EPR,
                ClinicalService.PACS), neededBy, 0L);
    }

    private static RequirementRequest request() {
        return request(SITE, LocalDate.of(2018, 6, 30));
    }

    private static Requirement inStatus(RequirementStatus status) {
        Requirement requirement = Requirement.draft(gathering(), SITE, "RK9", request(), BEFORE_DEADLINE, TODAY);
        requirement.status = status;
        return requirement;
    }

    // Drafting

    @Test
    void aMemberDraftsARequirementForItsSiteBeforeTheDeadline() {
        Procurement procurement = gathering();

        Requirement requirement = Requirement.draft(procurement, SITE, "RK9", request(), BEFORE_DEADLINE, TODAY);

        assertEquals(procurement.id, requirement.procurementId);
        assertEquals(SITE, requirement.siteCode);
        assertEquals("RK9", requirement.odsCode);
        assertEquals(RequirementStatus.DRAFT, requirement.status);
        assertEquals(BEFORE_DEADLINE, requirement.createdAt);
        assertEquals(1000, requirement.bandwidthMbps);
        assertEquals(Resilience.DUAL, requirement.resilience);
        assertEquals(LocalDate.of(2018, 6, 30), requirement.neededBy);
    }

    @Test
    void aDraftNamesEachClinicalServiceOnce() {
        Requirement requirement = Requirement.draft(gathering(), SITE, "RK9", request(), BEFORE_DEADLINE, TODAY);

        assertEquals(List.of(ClinicalService.PACS, ClinicalService.EPR), requirement.services);
    }

    @Test
    void nothingIsDraftedAtTheRequirementsDeadline() {
        assertRefused(409, "The requirements deadline has passed",
                "Requirements were due by 2017-09-29T16:00:00Z; ask the officer to extend the deadline",
                () -> Requirement.draft(gathering(), SITE, "RK9", request(), REQUIREMENTS_DUE, TODAY));
    }

    @Test
    void aRequirementIsNeededAfterToday() {
        assertInvalid("Invalid requirement", List.of(Violation.ofBody("neededBy", "must be a future date")),
                () -> Requirement.draft(gathering(), SITE, "RK9", request(SITE, TODAY), BEFORE_DEADLINE, TODAY));
    }

    // Changing

    @Test
    void aChangedReturnedRequirementIsADraftAgain() {
        Requirement requirement = inStatus(RequirementStatus.RETURNED);

        requirement.update(gathering(), new RequirementRequest(SITE, 100, Resilience.SINGLE, List.of(ClinicalService.VOICE),
                LocalDate.of(2018, 3, 31), 0L), BEFORE_DEADLINE, TODAY);

        assertEquals(RequirementStatus.DRAFT, requirement.status);
        assertEquals(100, requirement.bandwidthMbps);
        assertEquals(Resilience.SINGLE, requirement.resilience);
        assertEquals(List.of(ClinicalService.VOICE), requirement.services);
        assertEquals(LocalDate.of(2018, 3, 31), requirement.neededBy);
    }

    @Test
    void aSubmittedRequirementDoesNotChange() {
        Requirement requirement = inStatus(RequirementStatus.SUBMITTED);

        assertRefused(409, "Cannot change", "The requirement is SUBMITTED; only drafts and returned requirements change",
                () -> requirement.update(gathering(), request(), BEFORE_DEADLINE, TODAY));
        assertEquals(RequirementStatus.SUBMITTED, requirement.status);
    }

    @Test
    void aRequirementStaysWithItsSite() {
        assertInvalid("A requirement stays with its site",
                List.of(Violation.ofBody("siteCode", "must stay RK9-DERRIFORD; record a new requirement for another site")),
                () -> inStatus(RequirementStatus.DRAFT).update(gathering(), request("RK9-MOUNT-GOULD", LocalDate.of(2018, 6, 30)),
                        BEFORE_DEADLINE, TODAY));
    }

    @Test
    void aChangedRequirementIsStillNeededAfterToday() {
        assertInvalid("Invalid requirement", List.of(Violation.ofBody("neededBy", "must be a future date")),
                () -> inStatus(RequirementStatus.DRAFT).update(gathering(), request(SITE, TODAY), BEFORE_DEADLINE, TODAY));
    }

    @Test
    void nothingChangesAfterTheRequirementsDeadline() {
        assertRefused(409, "The requirements deadline has passed",
                "Requirements were due by 2017-09-29T16:00:00Z; ask the officer to extend the deadline",
                () -> inStatus(RequirementStatus.DRAFT).update(gathering(), request(), AFTER_DEADLINE, TODAY));
    }

    // Withdrawing

    @Test
    void aReturnedRequirementIsWithdrawnBeforeTheDeadline() {
        assertDoesNotThrow(() -> inStatus(RequirementStatus.RETURNED).requireWithdrawable(gathering(), BEFORE_DEADLINE));
    }

    @Test
    void anApprovedRequirementIsNotWithdrawn() {
        assertRefused(409, "Cannot change", "The requirement is APPROVED; only drafts and returned requirements change",
                () -> inStatus(RequirementStatus.APPROVED).requireWithdrawable(gathering(), BEFORE_DEADLINE));
    }

    @Test
    void nothingIsWithdrawnOnceTheTenderIsPublished() {
        assertRefused(409, "Requirements gathering is over", "The procurement is TENDER_OPEN",
                () -> inStatus(RequirementStatus.DRAFT).requireWithdrawable(published(), BEFORE_DEADLINE));
    }

    // Submitting

    @Test
    void aReturnedRequirementIsSubmittedAgainWithoutItsReturnReason() {
        Requirement requirement = inStatus(RequirementStatus.RETURNED);
        requirement.returnReason = "Dual routing is not justified";

        requirement.submit(gathering(), BEFORE_DEADLINE);

        assertEquals(RequirementStatus.SUBMITTED, requirement.status);
        assertEquals(BEFORE_DEADLINE, requirement.submittedAt);
        assertNull(requirement.returnReason);
    }

    @Test
    void aSubmittedRequirementIsNotSubmittedAgain() {
        assertRefused(409, "Cannot submit", "The requirement is SUBMITTED; only drafts and returned ones are submitted",
                () -> inStatus(RequirementStatus.SUBMITTED).submit(gathering(), BEFORE_DEADLINE));
    }

    @Test
    void nothingIsSubmittedAtTheRequirementsDeadline() {
        Requirement requirement = inStatus(RequirementStatus.DRAFT);

        assertRefused(409, "The requirements deadline has passed",
                "Requirements were due by 2017-09-29T16:00:00Z; ask the officer to extend the deadline",
                () -> requirement.submit(gathering(), REQUIREMENTS_DUE));
        assertEquals(RequirementStatus.DRAFT, requirement.status);
    }

    // The officer's decision

    @Test
    void theOfficerApprovesASubmittedRequirementEvenAfterTheDeadline() {
        Requirement requirement = inStatus(RequirementStatus.SUBMITTED);

        requirement.approve(gathering(), AFTER_DEADLINE);

        assertEquals(RequirementStatus.APPROVED, requirement.status);
        assertEquals(AFTER_DEADLINE, requirement.decidedAt);
    }

    @Test
    void theOfficerDecidesOnlySubmittedRequirements() {
        assertRefused(409, "Nothing to decide", "The requirement is DRAFT; only submitted ones are decided",
                () -> inStatus(RequirementStatus.DRAFT).approve(gathering(), BEFORE_DEADLINE));
    }

    @Test
    void nothingIsApprovedOnceTheTenderIsPublished() {
        assertRefused(409, "Requirements gathering is over", "The procurement is TENDER_OPEN",
                () -> inStatus(RequirementStatus.SUBMITTED).approve(published(), AFTER_DEADLINE));
    }

    @Test
    void theOfficerReturnsASubmittedRequirementWithTheReason() {
        Requirement requirement = inStatus(RequirementStatus.SUBMITTED);

        requirement.sendBack(gathering(), "  Dual routing is not justified for a GP surgery ", AFTER_DEADLINE);

        assertEquals(RequirementStatus.RETURNED, requirement.status);
        assertEquals("Dual routing is not justified for a GP surgery", requirement.returnReason);
        assertEquals(AFTER_DEADLINE, requirement.decidedAt);
    }

    @Test
    void anApprovedRequirementIsNotReturned() {
        assertRefused(409, "Nothing to decide", "The requirement is APPROVED; only submitted ones are decided",
                () -> inStatus(RequirementStatus.APPROVED).sendBack(gathering(), "Too late", BEFORE_DEADLINE));
    }

    @Test
    void nothingIsReturnedFromACancelledProcurement() {
        Procurement procurement = gathering();
        procurement.cancel(BEFORE_DEADLINE);

        assertRefused(409, "Requirements gathering is over", "The procurement is CANCELLED",
                () -> inStatus(RequirementStatus.SUBMITTED).sendBack(procurement, "Cancelled", BEFORE_DEADLINE));
    }
}
