package uk.collabproc.procurement.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import uk.collabproc.events.Audience;
import uk.collabproc.events.EventCatalogue;
import uk.collabproc.events.EventOutbox;
import uk.collabproc.procurement.clarification.ClarificationAnswered;
import uk.collabproc.procurement.procurement.DeadlineChange;
import uk.collabproc.procurement.procurement.DeadlineExtended;
import uk.collabproc.procurement.procurement.OutcomeRecorded;
import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementLot;
import uk.collabproc.procurement.procurement.ProcurementMember;
import uk.collabproc.procurement.requirement.RequirementDecided;
import uk.collabproc.procurement.requirement.RequirementStatus;
import uk.collabproc.procurement.tender.TenderPublished;

/**
 * The events procurement-service publishes to partner systems, each written to the outbox in the transaction of the change
 * it reports, and who may receive it: public data to anyone, the rest to the organisations and suppliers it is about.
 */
@ApplicationScoped
public class ProcurementEvents implements EventCatalogue {

    public static final String REQUIREMENT_APPROVED = "uk.collabproc.requirement.approved";
    public static final String REQUIREMENT_RETURNED = "uk.collabproc.requirement.returned";
    public static final String TENDER_PUBLISHED = "uk.collabproc.tender.published";
    public static final String CLARIFICATION_ANSWERED = "uk.collabproc.clarification.answered";
    public static final String DEADLINE_EXTENDED = "uk.collabproc.deadline.extended";
    public static final String AWARD_DECIDED = "uk.collabproc.award.decided";
    public static final String STANDSTILL_ENDED = "uk.collabproc.standstill.ended";
    public static final String CONTRACT_CONCLUDED = "uk.collabproc.contract.concluded";

    /** By type, what each means and who receives it. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put(REQUIREMENT_APPROVED,
                "The officer approved a member's requirement: to the member's organisation and those running the procurement");
        TYPES.put(REQUIREMENT_RETURNED,
                "The officer returned a member's requirement, with the reason: to the member's organisation and those running the procurement");
        TYPES.put(TENDER_PUBLISHED, "A tender was published and its competition opened: public");
        TYPES.put(CLARIFICATION_ANSWERED, "A supplier's question and its answer were published to every bidder, without who asked: public");
        TYPES.put(DEADLINE_EXTENDED,
                "A deadline was extended, with the reason: a tender deadline public, a requirements deadline to the procurement's organisations");
        TYPES.put(AWARD_DECIDED,
                "The award decision was recorded and the standstill began: to the procurement's organisations and the winning supplier");
        TYPES.put(STANDSTILL_ENDED, "The standstill of the award ended: to the procurement's organisations and the winning supplier");
        TYPES.put(CONTRACT_CONCLUDED, "The contract was concluded: public, as its notice is");
    }

    @Inject
    EventOutbox outbox;

    @Override
    public Map<String, String> eventTypes() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }

    public record RequirementDecision(UUID procurementId, UUID requirementId, String odsCode, String siteCode, RequirementStatus status,
            String reason, Instant decidedAt) {
    }

    public record TenderPublication(UUID procurementId, String reference, String title, String regime, Instant clarificationDeadline,
            Instant tenderDeadline, Instant publishedAt) {
    }

    public record PublishedClarification(UUID procurementId, UUID clarificationId, String question, String answer, Instant answeredAt) {
    }

    public record DeadlineExtension(UUID procurementId, DeadlineChange.Deadline deadline, Instant previous, Instant current, String reason,
            Instant changedAt) {
    }

    /** {@code lot} is the lot awarded when the tender is divided, absent otherwise; likewise below. */
    public record AwardDecision(UUID procurementId, UUID awardId, LocalDate decisionDate, Instant standstillEndsAt, UUID supplierId,
            String supplierName, String lot) {
    }

    public record StandstillEnd(UUID procurementId, UUID awardId, Instant standstillEndsAt, String lot) {
    }

    public record ContractConclusion(UUID procurementId, UUID awardId, UUID contractId, String supplierName, LocalDate signedDate,
            LocalDate startDate, LocalDate endDate, BigDecimal value, String lot) {
    }

    void requirementDecided(@Observes RequirementDecided decided) {
        var requirement = decided.requirement();
        List<String> organisations = new ArrayList<>(running(decided.procurement()));
        organisations.add(requirement.odsCode);
        outbox.append(requirement.status == RequirementStatus.APPROVED ? REQUIREMENT_APPROVED : REQUIREMENT_RETURNED,
                "procurements/" + requirement.procurementId + "/requirements/" + requirement.id,
                new RequirementDecision(requirement.procurementId, requirement.id, requirement.odsCode, requirement.siteCode,
                        requirement.status, requirement.returnReason, requirement.decidedAt),
                Audience.organisations(organisations));
    }

    void tenderPublished(@Observes TenderPublished published) {
        Procurement procurement = published.procurement();
        outbox.append(TENDER_PUBLISHED, "procurements/" + procurement.id, new TenderPublication(procurement.id, procurement.reference,
                procurement.title, procurement.regime.name(), published.tender().clarificationDeadline, published.tender().tenderDeadline,
                published.at()), Audience.publicData());
    }

    void clarificationAnswered(@Observes ClarificationAnswered answered) {
        var clarification = answered.clarification();
        outbox.append(CLARIFICATION_ANSWERED, "procurements/" + clarification.procurementId + "/clarifications/" + clarification.id,
                new PublishedClarification(clarification.procurementId, clarification.id, clarification.question, clarification.answer,
                        clarification.answeredAt),
                Audience.publicData());
    }

    void deadlineExtended(@Observes DeadlineExtended extended) {
        DeadlineChange change = extended.change();
        outbox.append(DEADLINE_EXTENDED, "procurements/" + change.procurementId, new DeadlineExtension(change.procurementId,
                change.deadline, change.previous, change.current, change.reason, change.changedAt),
                change.deadline == DeadlineChange.Deadline.TENDER ? Audience.publicData()
                        : Audience.organisations(ProcurementMember.organisationsOf(extended.procurement())));
    }

    void awardDecided(@Observes OutcomeRecorded.AwardDecided decided) {
        Procurement procurement = decided.procurement();
        var decision = decided.decision();
        outbox.append(AWARD_DECIDED, "procurements/" + procurement.id, new AwardDecision(procurement.id, decision.awardId(),
                decision.decisionDate(), decision.standstillEndsAt(), decision.supplierId(), decision.supplierName(), decision.lot()),
                withWinner(procurement, decision.supplierId() == null ? null : decision.supplierId().toString()));
    }

    void contractConcluded(@Observes OutcomeRecorded.ContractConcluded concluded) {
        Procurement procurement = concluded.procurement();
        var conclusion = concluded.conclusion();
        outbox.append(CONTRACT_CONCLUDED, "procurements/" + procurement.id, new ContractConclusion(procurement.id, conclusion.awardId(),
                conclusion.contractId(), conclusion.supplierName(), conclusion.signedDate(), conclusion.startDate(), conclusion.endDate(),
                conclusion.value(), conclusion.lot()), Audience.publicData());
    }

    /** The standstill of {@code procurement} has ended by the clock; the caller marks it announced in the same transaction. */
    void standstillEnded(Procurement procurement) {
        outbox.append(STANDSTILL_ENDED, "procurements/" + procurement.id,
                new StandstillEnd(procurement.id, procurement.awardId, procurement.standstillEndsAt, null),
                withWinner(procurement, procurement.awardSupplierId));
    }

    /** The standstill of one lot of {@code procurement} has ended by the clock; the caller marks it announced. */
    void standstillEnded(Procurement procurement, ProcurementLot lot) {
        outbox.append(STANDSTILL_ENDED, "procurements/" + procurement.id,
                new StandstillEnd(procurement.id, lot.awardId, lot.standstillEndsAt, lot.number),
                withWinner(procurement, lot.awardSupplierId));
    }

    /** The procurement's organisations and the winning supplier: a lot's winner hears of its lot only. */
    private static Audience withWinner(Procurement procurement, String supplierId) {
        Audience audience = Audience.organisations(ProcurementMember.organisationsOf(procurement));
        return supplierId == null ? audience : audience.andSupplier(supplierId);
    }

    /** The lead partner and its co-leads. */
    private static List<String> running(Procurement procurement) {
        List<String> running = new ArrayList<>(ProcurementMember.coLeads(procurement.id));
        running.add(procurement.leadOrganisation);
        return running;
    }
}
