package uk.collabproc.procurement.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.procurement.procurement.Regime;
import uk.collabproc.procurement.tender.Criterion;
import uk.collabproc.procurement.tender.CriterionKind;

class NoticeRulesTest {

    private static final UUID PROCUREMENT = UUID.fromString("8c7e1c1e-8a38-4c1b-9a0e-7d0d0f1f2a11");
    private static final UUID AWARD = UUID.fromString("2b7d7a0e-5c1f-4f65-8f8e-0c0a1d9e6b31");
    private static final UUID CONTRACT = UUID.fromString("6a1e2c3d-4b5f-4a6b-9c7d-8e9f0a1b2c3d");
    private static final UUID SUPPLIER = UUID.fromString("5d0c1c57-2f7a-4d4e-9a55-6b1f0e6f4c21");
    private static final UUID NOTICE = UUID.fromString("0f0e0d0c-0b0a-4908-8706-050403020100");
    private static final Instant NOW = Instant.parse("2025-05-07T09:00:00Z");

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("Q1", "Service design", CriterionKind.QUALITY, new BigDecimal("60"), null),
            new Criterion("PRICE", "Evaluated price", CriterionKind.PRICE, new BigDecimal("40"), null),
            new Criterion("CNSP", "HSCN CN-SP compliance", CriterionKind.PASS_FAIL, null, null));

    private static NoticeFacts facts(Regime regime, String description, BigDecimal estimatedValue, String cpv) {
        return new NoticeFacts(new NoticeFacts.Procurement(PROCUREMENT, "DEVON-HSCN-2017", "Devon HSCN connectivity", regime,
                List.of(new NoticeFacts.Buyer("RK9", "University Hospitals Plymouth NHS Trust"),
                        new NoticeFacts.Buyer("RH8", "Royal Devon and Exeter NHS Foundation Trust")),
                60),
                new NoticeFacts.Tender(description, estimatedValue, cpv, Instant.parse("2025-04-17T12:00:00Z"),
                        Instant.parse("2025-05-06T12:00:00Z"), CRITERIA, List.of()),
                null, null);
    }

    private static NoticeFacts complete(Regime regime) {
        return facts(regime, "Wide area network connectivity", new BigDecimal("1450000.00"), "72720000");
    }

    private static NoticeFacts.Award award(String supplierName, LocalDate decided) {
        return new NoticeFacts.Award(AWARD, decided, Instant.parse("2025-05-21T23:00:00Z"), SUPPLIER, supplierName,
                new BigDecimal("299675.00"), null);
    }

    private static NoticeFacts.Contract contract() {
        return new NoticeFacts.Contract(CONTRACT, LocalDate.of(2025, 5, 23), LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31),
                new BigDecimal("299675.00"));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void eachRegimeHasItsNoticesAtItsMoments() {
        assertEquals(NoticeType.UK4_TENDER_NOTICE, NoticeRules.tenderNotice(Regime.PA_2023));
        assertEquals(NoticeType.PCR_CONTRACT_NOTICE, NoticeRules.tenderNotice(Regime.PCR_2015));
        assertEquals(Optional.of(NoticeType.UK6_CONTRACT_AWARD_NOTICE), NoticeRules.atAwardDecision(Regime.PA_2023));
        assertEquals(Optional.empty(), NoticeRules.atAwardDecision(Regime.PCR_2015), "under PCR 2015 the decision goes to bidders only");
        assertEquals(NoticeType.UK7_CONTRACT_DETAILS_NOTICE, NoticeRules.atConclusion(Regime.PA_2023));
        assertEquals(NoticeType.PCR_CONTRACT_AWARD_NOTICE, NoticeRules.atConclusion(Regime.PCR_2015));
    }

    @Test
    void aTenderNoticeUnderTheActNeedsADescriptionAndTheEstimatedValue() {
        NoticeFacts bare = facts(Regime.PA_2023, null, null, "72720000");

        assertEquals(List.of("description", "estimatedValue"), fields(NoticeRules.missing(NoticeType.UK4_TENDER_NOTICE, bare)));
        assertTrue(NoticeRules.missing(NoticeType.UK4_TENDER_NOTICE, complete(Regime.PA_2023)).isEmpty());
    }

    @Test
    void aContractNoticeUnderPcrNeedsADescriptionButNotTheEstimatedValue() {
        assertEquals(List.of("description"), fields(NoticeRules.missing(NoticeType.PCR_CONTRACT_NOTICE,
                facts(Regime.PCR_2015, " ", null, "72720000"))));
        assertTrue(NoticeRules.missing(NoticeType.PCR_CONTRACT_NOTICE, facts(Regime.PCR_2015, "Connectivity", null, "72720000")).isEmpty());
    }

    @Test
    void theClassificationMustBeACpvCode() {
        List<Violation> missing = NoticeRules.missing(NoticeType.PCR_CONTRACT_NOTICE, facts(Regime.PCR_2015, "Connectivity", null, "WAN"));

        assertEquals(List.of("mainClassification"), fields(missing));
        assertTrue(missing.get(0).message().contains("CPV"), missing.get(0).message());
    }

    @Test
    void aTenderNoticeStatesWeightedCriteriaOnly() {
        NoticeFacts unweighted = new NoticeFacts(complete(Regime.PA_2023).procurement(), new NoticeFacts.Tender("Connectivity",
                BigDecimal.TEN, "72720000", NOW, NOW, List.of(CRITERIA.get(2)), List.of()), null, null);

        assertEquals(List.of("criteria"), fields(NoticeRules.missing(NoticeType.UK4_TENDER_NOTICE, unweighted)));
    }

    @Test
    void theAwardNoticeNeedsTheSupplierAndTheNoticesAfterTheContractNeedTheContract() {
        NoticeFacts noSupplier = complete(Regime.PA_2023).withAward(award(null, LocalDate.of(2025, 5, 7)));

        assertEquals(List.of("supplierName"), fields(NoticeRules.missing(NoticeType.UK6_CONTRACT_AWARD_NOTICE, noSupplier)));
        assertEquals(List.of("contractId"), fields(NoticeRules.missing(NoticeType.UK7_CONTRACT_DETAILS_NOTICE,
                complete(Regime.PA_2023).withAward(award("MLL Telecom Ltd", LocalDate.of(2025, 5, 7))))));
        NoticeFacts undated = complete(Regime.PCR_2015).withAward(award("MLL Telecom Ltd", LocalDate.of(2017, 12, 4)))
                .withContract(new NoticeFacts.Contract(CONTRACT, null, null, null, BigDecimal.ONE));
        assertEquals(List.of("signedDate", "startDate", "endDate"), fields(NoticeRules.missing(NoticeType.PCR_CONTRACT_AWARD_NOTICE,
                undated)));
    }

    @Test
    void theTenderNoticeIsAnOcdsReleaseOfTheTenderWithItsLegalBasisBuyersAndWeights() {
        NoticeRelease release = NoticeRules.release(NoticeType.UK4_TENDER_NOTICE, complete(Regime.PA_2023), NOTICE, NOW);

        assertEquals("ocds-collabproc-" + PROCUREMENT, release.ocid());
        assertEquals("UK4-" + NOTICE, release.id());
        assertEquals(List.of("tender"), release.tag());
        assertEquals("2023/54", release.tender().legalBasis().id());
        assertEquals("UK4", release.tender().documents().get(0).noticeType());
        assertEquals("tenderNotice", release.tender().documents().get(0).documentType());
        assertEquals(new BigDecimal("1450000.00"), release.tender().value().amount());
        assertEquals("72720000", release.tender().classification().id());
        assertEquals(Instant.parse("2025-05-06T12:00:00Z"), release.tender().tenderPeriod().endDate());
        assertEquals(List.of("buyer", "procuringEntity"), release.parties().get(0).roles());
        assertEquals(List.of("buyer"), release.parties().get(1).roles(), "every member buys under the contract");
        assertEquals("GB-NHS-RK9", release.buyer().id());
        List<NoticeRelease.AwardCriterion> criteria = release.tender().lots().get(0).awardCriteria().criteria();
        assertEquals(List.of("quality", "price"), criteria.stream().map(NoticeRelease.AwardCriterion::type).toList());
        assertEquals(new BigDecimal("60"), criteria.get(0).numbers().get(0).number());
        assertNull(release.awards());
        assertNull(release.contracts());
    }

    @Test
    void theAwardNoticeIsPublishedOnTheDecisionDayWhichStartsTheStandstill() {
        NoticeFacts today = complete(Regime.PA_2023).withAward(award("MLL Telecom Ltd", LocalDate.of(2025, 5, 7)));
        NoticeFacts later = complete(Regime.PA_2023).withAward(award("MLL Telecom Ltd", LocalDate.of(2025, 5, 9)));

        assertEquals(NOW, NoticeRules.publicationOf(NoticeType.UK6_CONTRACT_AWARD_NOTICE, today, NOW));
        assertEquals(Instant.parse("2025-05-08T23:00:00Z"), NoticeRules.publicationOf(NoticeType.UK6_CONTRACT_AWARD_NOTICE, later, NOW),
                "midnight in London, in summer time");
        NoticeRelease release = NoticeRules.release(NoticeType.UK6_CONTRACT_AWARD_NOTICE, today, NOTICE, NOW);
        NoticeRelease.Award award = release.awards().get(0);
        assertEquals("pending", award.status(), "the standstill runs");
        assertEquals(NOW, award.standstillPeriod().startDate());
        assertEquals(Instant.parse("2025-05-21T23:00:00Z"), award.standstillPeriod().endDate());
        assertEquals("UK6", award.documents().get(0).noticeType());
        assertEquals("MLL Telecom Ltd", award.suppliers().get(0).name());
        assertEquals(List.of("supplier"), release.parties().get(2).roles());
        assertEquals("complete", release.tender().status());
        assertNull(release.contracts());
    }

    @Test
    void theContractDetailsNoticeCarriesTheContractAndTheAwardNoticeUnderPcrFollowsTheContract() {
        NoticeFacts concluded = complete(Regime.PA_2023).withAward(award("MLL Telecom Ltd", LocalDate.of(2025, 5, 7)))
                .withContract(contract());

        NoticeRelease details = NoticeRules.release(NoticeType.UK7_CONTRACT_DETAILS_NOTICE, concluded, NOTICE, NOW);
        assertEquals(List.of("contract"), details.tag());
        assertEquals("UK7", details.contracts().get(0).documents().get(0).noticeType());
        assertEquals(LocalDate.of(2030, 5, 31), details.contracts().get(0).period().endDate());
        assertEquals(AWARD.toString(), details.contracts().get(0).awardId());
        assertEquals("active", details.awards().get(0).status());
        assertNull(details.awards().get(0).standstillPeriod());

        NoticeRelease pcr = NoticeRules.release(NoticeType.PCR_CONTRACT_AWARD_NOTICE, complete(Regime.PCR_2015)
                .withAward(award("MLL Telecom Ltd", LocalDate.of(2017, 12, 4))).withContract(contract()), NOTICE, NOW);
        assertEquals(List.of("award"), pcr.tag());
        assertEquals("F03", pcr.awards().get(0).documents().get(0).noticeType());
        assertEquals("2015/102", pcr.tender().legalBasis().id());
        assertEquals(LocalDate.of(2025, 5, 23), pcr.contracts().get(0).dateSigned());
    }
}
