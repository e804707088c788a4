package uk.collabproc.procurement.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.procurement.procurement.Regime;
import uk.collabproc.procurement.tender.Criterion;
import uk.collabproc.procurement.tender.CriterionKind;

/**
 * Which notices a regime requires, what each must carry, and the OCDS release that publishes it. Plain rules: the
 * service decides when, these decide what.
 */
public final class NoticeRules {

    /** The OCDS prefix of this publisher's contracting process ids, shared with contract-service's exports. */
    public static final String OCID_PREFIX = "ocds-collabproc-";

    /** A tender not divided is published as one lot. */
    private static final String NOT_DIVIDED = "1";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A CPV code: eight digits, optionally with its check digit. */
    private static final Pattern CPV = Pattern.compile("\\d{8}(-\\d)?");

    private NoticeRules() {
    }

    /** The notice that opens the competition. */
    public static NoticeType tenderNotice(Regime regime) {
        return regime == Regime.PA_2023 ? NoticeType.UK4_TENDER_NOTICE : NoticeType.PCR_CONTRACT_NOTICE;
    }

    /**
     * The notice due at the award decision: the contract award notice under the Procurement Act 2023, whose publication
     * starts the standstill. Under PCR 2015 the decision goes to the bidders, not the public; nothing is published yet.
     */
    public static Optional<NoticeType> atAwardDecision(Regime regime) {
        return regime == Regime.PA_2023 ? Optional.of(NoticeType.UK6_CONTRACT_AWARD_NOTICE) : Optional.empty();
    }

    /** The notice due once the contract is concluded: contract details (PA 2023 s.53), or the award (PCR 2015 reg. 50). */
    public static NoticeType atConclusion(Regime regime) {
        return regime == Regime.PA_2023 ? NoticeType.UK7_CONTRACT_DETAILS_NOTICE : NoticeType.PCR_CONTRACT_AWARD_NOTICE;
    }

    /**
     * When a notice is published: now, except that a contract award notice is published on the award's decision day,
     * which under the Procurement Act 2023 is the day its standstill begins; a decision dated later is published from
     * the start of that day.
     */
    public static Instant publicationOf(NoticeType type, NoticeFacts facts, Instant now) {
        if (type == NoticeType.UK6_CONTRACT_AWARD_NOTICE && facts.award() != null && facts.award().decisionDate() != null) {
            Instant decisionDay = facts.award().decisionDate().atStartOfDay(LONDON).toInstant();
            return decisionDay.isAfter(now) ? decisionDay : now;
        }
        return now;
    }

    /**
     * The fields the notice requires that the facts lack, each named as the request that supplies it names it (the
     * tender's PUT for the tender's fields, contract-service's award decision and conclusion for theirs).
     */
    public static List<Violation> missing(NoticeType type, NoticeFacts facts) {
        List<Violation> missing = new ArrayList<>();
        NoticeFacts.Procurement procurement = facts.procurement();
        require(missing, type, "reference", procurement.reference());
        require(missing, type, "title", procurement.title());
        if (procurement.buyers().isEmpty() || blank(procurement.buyers().get(0).name())) {
            missing.add(Violation.ofBody("leadOrganisation", "the " + type.named() + " names the contracting authority; the lead "
                    + "partner has no name on record"));
        }
        switch (type) {
            case UK4_TENDER_NOTICE, PCR_CONTRACT_NOTICE -> {
                NoticeFacts.Tender tender = facts.tender();
                require(missing, type, "description", tender.description());
                require(missing, type, "mainClassification", tender.mainClassification());
                if (!blank(tender.mainClassification()) && !CPV.matcher(tender.mainClassification()).matches()) {
                    missing.add(Violation.ofBody("mainClassification", "must be a CPV code, eight digits such as 72720000"));
                }
                // The Procurement Act requires the estimated value in the tender notice; PCR 2015's form F02 leaves it optional.
                if (type == NoticeType.UK4_TENDER_NOTICE) {
                    require(missing, type, "estimatedValue", tender.estimatedValue());
                    for (int i = 0; i < tender.lots().size(); i++) {
                        require(missing, type, "lots[" + i + "].estimatedValue", tender.lots().get(i).estimatedValue());
                    }
                }
                require(missing, type, "clarificationDeadline", tender.clarificationDeadline());
                require(missing, type, "tenderDeadline", tender.tenderDeadline());
                if (weighted(tender.criteria()).isEmpty()) {
                    missing.add(Violation.ofBody("criteria", "the " + type.named() + " states the award criteria and their weights"));
                }
            }
            case UK6_CONTRACT_AWARD_NOTICE -> requireAward(missing, type, facts.award(), true);
            case UK7_CONTRACT_DETAILS_NOTICE, PCR_CONTRACT_AWARD_NOTICE -> {
                requireAward(missing, type, facts.award(), false);
                NoticeFacts.Contract contract = facts.contract();
                if (contract == null) {
                    missing.add(Violation.ofBody("contractId", "the " + type.named() + " follows a concluded contract"));
                } else {
                    require(missing, type, "signedDate", contract.signedDate());
                    require(missing, type, "startDate", contract.startDate());
                    require(missing, type, "endDate", contract.endDate());
                    require(missing, type, "value", contract.value());
                }
            }
        }
        return missing;
    }

    private static void requireAward(List<Violation> missing, NoticeType type, NoticeFacts.Award award, boolean standstill) {
        if (award == null) {
            missing.add(Violation.ofBody("awardId", "the " + type.named() + " follows an award decision"));
            return;
        }
        require(missing, type, "decisionDate", award.decisionDate());
        require(missing, type, "supplierName", award.supplierName());
        require(missing, type, "value", award.value());
        if (standstill) {
            require(missing, type, "standstillEndsAt", award.standstillEndsAt());
        }
    }

    private static void require(List<Violation> missing, NoticeType type, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            missing.add(Violation.ofBody(field, "is required for the " + type.named()));
        }
    }

    /**
     * The notice as an OCDS release. Only public facts go in: the buyers, the tender's description, value,
     * classification, timetable and weighted criteria, the award and the contract; never the pricing schedule, whose
     * lines are sites (FOI section 31: network estates are security-sensitive).
     */
    public static NoticeRelease release(NoticeType type, NoticeFacts facts, UUID noticeId, Instant publishedAt) {
        NoticeFacts.Procurement procurement = facts.procurement();
        NoticeFacts.Buyer lead = procurement.buyers().get(0);
        List<NoticeRelease.Party> parties = new ArrayList<>();
        for (NoticeFacts.Buyer buyer : procurement.buyers()) {
            parties.add(new NoticeRelease.Party(partyId(buyer), buyer.name(), new NoticeRelease.Identifier("GB-NHS", buyer.odsCode(),
                    buyer.name()), buyer == lead ? List.of("buyer", "procuringEntity") : List.of("buyer")));
        }
        NoticeFacts.Award award = type.releaseTag().equals("tender") ? null : facts.award();
        if (award != null) {
            parties.add(new NoticeRelease.Party(supplierId(award), award.supplierName(), null, List.of("supplier")));
        }
        NoticeRelease.Document document = new NoticeRelease.Document(noticeId.toString(), type.documentType(), type.code(),
                type.title() + ": " + procurement.title(), publishedAt);
        NoticeFacts.Tender tender = facts.tender();
        NoticeRelease.Value estimated = gbp(tender.estimatedValue());
        String awarded = award == null ? null : lotOf(award);
        List<NoticeRelease.Lot> lots = tender.lots().isEmpty()
                ? List.of(new NoticeRelease.Lot(NOT_DIVIDED, procurement.title(), tender.description(),
                        type.releaseTag().equals("tender") ? "active" : "complete", estimated,
                        new NoticeRelease.AwardCriteria(weighted(tender.criteria()))))
                // A lot's award notice completes that lot; the others go on.
                : tender.lots().stream().map(lot -> new NoticeRelease.Lot(lot.number(), lot.title(), lot.description(),
                        lot.number().equals(awarded) ? "complete" : "active", gbp(lot.estimatedValue()),
                        new NoticeRelease.AwardCriteria(weighted(lot.criteria())))).toList();
        NoticeRelease.Tender ocdsTender = new NoticeRelease.Tender(procurement.reference(), procurement.title(), tender.description(),
                type.releaseTag().equals("tender") ? "active" : "complete", legalBasis(procurement.regime()), "open",
                procurement.regime() == Regime.PA_2023 ? "Open procedure (Procurement Act 2023 s.20(2)(a))"
                        : "Open procedure (PCR 2015 reg. 27)",
                "services", classification(tender.mainClassification()), estimated,
                tender.tenderDeadline() == null ? null : new NoticeRelease.Period(null, tender.tenderDeadline()),
                tender.clarificationDeadline() == null ? null : new NoticeRelease.Period(null, tender.clarificationDeadline()),
                lots, type.releaseTag().equals("tender") ? List.of(document) : null);
        List<NoticeRelease.Award> awards = award == null ? null : List.of(award(type, award, procurement, document, publishedAt));
        NoticeFacts.Contract contract = type.releaseTag().equals("tender") || type == NoticeType.UK6_CONTRACT_AWARD_NOTICE ? null
                : facts.contract();
        List<NoticeRelease.Contract> contracts = contract == null ? null
                : List.of(new NoticeRelease.Contract(
                        contract.contractId().toString(), award.awardId().toString(), procurement.title(), "active",
                        new NoticeRelease.DatePeriod(contract.startDate(), contract.endDate()), gbp(contract.value()),
                        contract.signedDate(),
                        type == NoticeType.UK7_CONTRACT_DETAILS_NOTICE ? List.of(document) : null));
        return new NoticeRelease(ocid(procurement.id()), type.code() + "-" + noticeId, publishedAt, List.of(type.releaseTag()), "tender",
                "en", parties, new NoticeRelease.OrganizationReference(partyId(lead), lead.name()), ocdsTender, awards, contracts);
    }

    private static String lotOf(NoticeFacts.Award award) {
        return award.lot() == null ? NOT_DIVIDED : award.lot();
    }

    public static String ocid(UUID procurementId) {
        return OCID_PREFIX + procurementId;
    }

    private static NoticeRelease.Award award(NoticeType type, NoticeFacts.Award award, NoticeFacts.Procurement procurement,
            NoticeRelease.Document document, Instant publishedAt) {
        boolean standstillRuns = type == NoticeType.UK6_CONTRACT_AWARD_NOTICE;
        return new NoticeRelease.Award(award.awardId().toString(),
                "Award of " + procurement.reference() + (award.lot() == null ? "" : ", lot " + award.lot()),
                standstillRuns ? "pending" : "active", award.decisionDate(), gbp(award.value()),
                List.of(new NoticeRelease.OrganizationReference(supplierId(award), award.supplierName())),
                standstillRuns ? new NoticeRelease.Period(publishedAt, award.standstillEndsAt()) : null, List.of(lotOf(award)),
                type == NoticeType.UK7_CONTRACT_DETAILS_NOTICE ? null : List.of(document));
    }

    /** The award criteria that carry a weight; pass/fail criteria are conditions, not weighted criteria. */
    private static List<NoticeRelease.AwardCriterion> weighted(List<Criterion> criteria) {
        if (criteria == null) {
            return List.of();
        }
        return criteria.stream().filter(criterion -> criterion.kind() != CriterionKind.PASS_FAIL && criterion.weight() != null)
                .map(criterion -> new NoticeRelease.AwardCriterion(criterion.kind() == CriterionKind.PRICE ? "price" : "quality",
                        criterion.title(), List.of(new NoticeRelease.CriterionNumber(criterion.weight(), "percentageExact"))))
                .toList();
    }

    private static NoticeRelease.LegalBasis legalBasis(Regime regime) {
        return regime == Regime.PA_2023 ? new NoticeRelease.LegalBasis("UKPGA", "2023/54", "Procurement Act 2023")
                : new NoticeRelease.LegalBasis("UKSI", "2015/102", "The Public Contracts Regulations 2015");
    }

    private static NoticeRelease.Classification classification(String cpv) {
        return blank(cpv) ? null : new NoticeRelease.Classification("CPV", cpv);
    }

    private static NoticeRelease.Value gbp(BigDecimal amount) {
        return amount == null ? null : new NoticeRelease.Value(amount, "GBP");
    }

    private static String partyId(NoticeFacts.Buyer buyer) {
        return "GB-NHS-" + buyer.odsCode();
    }

    private static String supplierId(NoticeFacts.Award award) {
        return award.supplierId() == null ? "supplier-of-" + award.awardId() : award.supplierId().toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
