package uk.collabproc.procurement.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.procurement.organisation.Organisation;
import uk.collabproc.procurement.procurement.OutcomeRecorded;
import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementLot;
import uk.collabproc.procurement.procurement.ProcurementMember;
import uk.collabproc.procurement.tender.Criterion;
import uk.collabproc.procurement.tender.Lot;
import uk.collabproc.procurement.tender.Tender;
import uk.collabproc.procurement.tender.TenderPublished;

/**
 * Publishes the notices a procurement's regime requires, each in the transaction of the change it reports, so that a
 * change and its notice are stored together or not at all; a notice that lacks a required field refuses the change.
 * Serves them as a feed of public data.
 */
@ApplicationScoped
public class NoticeService {

    @Inject
    ServiceClock clock;

    void tenderPublished(@Observes TenderPublished published) {
        Procurement procurement = published.procurement();
        publish(NoticeRules.tenderNotice(procurement.regime), facts(procurement, published.tender()), procurement.id, published.at());
    }

    void awardDecided(@Observes OutcomeRecorded.AwardDecided decided) {
        Procurement procurement = decided.procurement();
        var decision = decided.decision();
        // Under PCR 2015 nothing is published at the decision, so nothing is read for it either.
        NoticeRules.atAwardDecision(procurement.regime).ifPresent(type -> publish(type, facts(procurement,
                Tender.findById(procurement.id)).withAward(
                        new NoticeFacts.Award(decision.awardId(), decision.decisionDate(),
                                decision.standstillEndsAt(), decision.supplierId(), decision.supplierName(), decision.value(),
                                decision.lot())),
                decision.awardId(), decided.at()));
    }

    void contractConcluded(@Observes OutcomeRecorded.ContractConcluded concluded) {
        Procurement procurement = concluded.procurement();
        var conclusion = concluded.conclusion();
        // The award the contract follows is the lot's when the tender is divided.
        ProcurementLot lot = conclusion.lot() == null ? null
                : ProcurementLot.of(procurement.id).stream().filter(each -> each.number.equals(conclusion.lot())).findFirst().orElseThrow();
        NoticeFacts facts = facts(procurement, Tender.findById(procurement.id))
                .withAward(new NoticeFacts.Award(conclusion.awardId(), lot == null ? procurement.awardDecisionDate : lot.awardDecisionDate,
                        lot == null ? procurement.standstillEndsAt : lot.standstillEndsAt, conclusion.supplierId(),
                        conclusion.supplierName(), conclusion.value(), conclusion.lot()))
                .withContract(new NoticeFacts.Contract(conclusion.contractId(), conclusion.signedDate(), conclusion.startDate(),
                        conclusion.endDate(), conclusion.value()));
        publish(NoticeRules.atConclusion(procurement.regime), facts, conclusion.contractId(), concluded.at());
    }

    /** Publishes the notice of {@code subject} once: a repeated change (a retry) finds it published. */
    private void publish(NoticeType type, NoticeFacts facts, UUID subject, Instant now) {
        if (Notice.exists(type, subject)) {
            return;
        }
        List<Violation> missing = NoticeRules.missing(type, facts);
        if (!missing.isEmpty()) {
            throw Problems.invalid("The " + type.named() + " cannot be published without " + missing.size()
                    + " required field(s); nothing was changed", missing);
        }
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.procurementId = facts.procurement().id();
        notice.noticeType = type;
        notice.subjectId = subject;
        notice.publishedAt = NoticeRules.publicationOf(type, facts, now);
        notice.release = NoticeRules.release(type, facts, notice.id, notice.publishedAt);
        // Callers hold the procurement's lock, so a concurrent duplicate cannot get here; the key is the last guard.
        UniqueKeys.persistUnique(notice, () -> Problems.conflict("Notice already published", "The " + type.named() + " of "
                + subject + " is already published"));
    }

    private static NoticeFacts facts(Procurement procurement, Tender tender) {
        List<NoticeFacts.Buyer> buyers = ProcurementMember.organisationsOf(procurement).stream().map(NoticeService::buyer).toList();
        return new NoticeFacts(new NoticeFacts.Procurement(procurement.id, procurement.reference, procurement.title, procurement.regime,
                buyers, procurement.contractTermMonths),
                new NoticeFacts.Tender(tender.description, tender.estimatedValue, tender.mainClassification, tender.clarificationDeadline,
                        tender.tenderDeadline, tender.criteria, tender.lots.stream().map(lot -> new NoticeFacts.Lot(lot.number(),
                                lot.title(), lot.description(), lot.estimatedValue(), weighedFor(lot, tender.criteria))).toList()),
                null, null);
    }

    /** The criteria as a lot weighs them: its own weights when it has them. */
    private static List<Criterion> weighedFor(Lot lot, List<Criterion> criteria) {
        if (lot.weights() == null) {
            return criteria;
        }
        return criteria.stream().map(criterion -> lot.weights().containsKey(criterion.code())
                ? new Criterion(criterion.code(), criterion.title(), criterion.kind(), lot.weights().get(criterion.code()),
                        criterion.minimumScore())
                : criterion).toList();
    }

    private static NoticeFacts.Buyer buyer(String odsCode) {
        Organisation organisation = Organisation.findById(odsCode);
        return new NoticeFacts.Buyer(odsCode, organisation == null ? null : organisation.name);
    }

    /** The published notices, oldest first; a contract award notice dated later appears on its day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<NoticeView> feed(UUID procurementId, NoticeType type, PageRequest page) {
        StringBuilder where = new StringBuilder("publishedAt <= :now");
        Parameters parameters = Parameters.with("now", clock.now());
        if (procurementId != null) {
            where.append(" and procurementId = :procurement");
            parameters.and("procurement", procurementId);
        }
        if (type != null) {
            where.append(" and noticeType = :type");
            parameters.and("type", type);
        }
        var query = Notice.<Notice> find(where.toString(), Sort.by("publishedAt").and("id"), parameters).page(page.toPage());
        return new PagedList<>(query.list().stream().map(NoticeView::of).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeView get(UUID id) {
        return Notice.<Notice> findByIdOptional(id).filter(notice -> !notice.publishedAt.isAfter(clock.now())).map(NoticeView::of)
                .orElseThrow(() -> Problems.notFound("Notice " + id));
    }
}
