package uk.collabproc.procurement.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.collabproc.procurement.procurement.Regime;
import uk.collabproc.procurement.tender.Criterion;

/**
 * What the notices of a procurement are made from: public facts only. Nothing here names a site, so no notice can
 * carry one. {@code award} is absent before the award decision, {@code contract} before its conclusion.
 */
public record NoticeFacts(Procurement procurement, Tender tender, Award award, Contract contract) {

    /** A contracting authority by its ODS code and name. */
    public record Buyer(String odsCode, String name) {
    }

    /** {@code buyers} are the lead partner first, then the other members: every one of them buys under the contract. */
    public record Procurement(UUID id, String reference, String title, Regime regime, List<Buyer> buyers, int contractTermMonths) {
    }

    /** {@code lots} are empty when the tender is not divided: it is then one lot, as a notice states it. */
    public record Tender(String description, BigDecimal estimatedValue, String mainClassification, Instant clarificationDeadline,
            Instant tenderDeadline, List<Criterion> criteria, List<Lot> lots) {
    }

    /** A lot as its notices state it: {@code criteria} carry the lot's own weights when it has them. */
    public record Lot(String number, String title, String description, BigDecimal estimatedValue, List<Criterion> criteria) {
    }

    /** {@code lot} is the lot awarded, absent when the tender is not divided. */
    public record Award(UUID awardId, LocalDate decisionDate, Instant standstillEndsAt, UUID supplierId, String supplierName,
            BigDecimal value, String lot) {
    }

    public record Contract(UUID contractId, LocalDate signedDate, LocalDate startDate, LocalDate endDate, BigDecimal value) {
    }

    public NoticeFacts withAward(Award decided) {
        return new NoticeFacts(procurement, tender, decided, contract);
    }

    public NoticeFacts withContract(Contract concluded) {
        return new NoticeFacts(procurement, tender, award, concluded);
    }
}
