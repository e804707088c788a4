package uk.collabproc.procurement.clarification;

import java.net.URI;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementService;
import uk.collabproc.procurement.tender.Tender;

/**
 * Questions from suppliers during the tender and the officer's answers. An answer is published to every
 * bidder with the question, and no supplier ever learns which other supplier asked.
 */
@ApplicationScoped
public class ClarificationService {

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    ProcurementService procurements;

    @Inject
    Event<ClarificationAnswered> answered;

    @Transactional
    public ClarificationView ask(UUID procurementId, Question question) {
        Procurement procurement = procurements.managed(procurementId);
        String supplierId = caller.supplier().orElseThrow(() -> Problems.conflict("No supplier",
                "The token names no supplier (claim supplier); questions are asked by suppliers"));
        procurement.requireOpenForQuestions(clock.now());
        Tender tender = Tender.findById(procurementId);
        if (!clock.now().isBefore(tender.clarificationDeadline)) {
            throw Problems.conflict("The clarification deadline has passed",
                    "Questions were due by " + tender.clarificationDeadline);
        }
        Clarification clarification = new Clarification();
        clarification.id = UUID.randomUUID();
        clarification.procurementId = procurementId;
        clarification.supplierId = supplierId;
        clarification.question = question.question().strip();
        clarification.askedAt = clock.now();
        clarification.persistAndFlush();
        return view(clarification);
    }

    @Transactional
    public ClarificationView answer(UUID procurementId, UUID clarificationId, Answer answer) {
        procurements.managed(procurementId);
        Clarification clarification = find(procurementId, clarificationId);
        if (clarification.answer != null) {
            throw Problems.conflict("Answered already", "The answer was published to every bidder on " + clarification.answeredAt);
        }
        clarification.answer = answer.answer().strip();
        clarification.answeredAt = clock.now();
        clarification.answeredBy = caller.subject();
        Clarification.flush();
        answered.fire(new ClarificationAnswered(clarification));
        return view(clarification);
    }

    /**
     * The officer sees every question (or only the unanswered ones, to work through them); a supplier sees
     * the answered ones and its own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<ClarificationView> list(UUID procurementId, Boolean answered, PageRequest page) {
        procurements.managed(procurementId);
        StringBuilder query = new StringBuilder("procurementId = :procurement");
        Parameters parameters = Parameters.with("procurement", procurementId);
        if (!caller.hasRole(Roles.OFFICER)) {
            query.append(" and (answer is not null or supplierId = :supplier)");
            parameters.and("supplier", caller.supplier().orElse(""));
        }
        if (answered != null) {
            query.append(answered ? " and answer is not null" : " and answer is null");
        }
        var found = Clarification.<Clarification> find(query.toString(), Sort.by("askedAt").and("id"), parameters).page(page.toPage());
        return new PagedList<>(found.list().stream().map(this::view).toList(), found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClarificationView get(UUID procurementId, UUID clarificationId) {
        procurements.managed(procurementId);
        Clarification clarification = find(procurementId, clarificationId);
        if (!caller.hasRole(Roles.OFFICER) && clarification.answer == null && !isOwn(clarification)) {
            throw Problems.notFound("Clarification " + clarificationId);
        }
        return view(clarification);
    }

    static URI location(UUID procurementId, UUID clarificationId) {
        return Locations.of("/api/v1/procurements/{id}/clarifications/{cid}", procurementId, clarificationId);
    }

    private ClarificationView view(Clarification clarification) {
        boolean officer = caller.hasRole(Roles.OFFICER);
        boolean own = isOwn(clarification);
        return new ClarificationView(clarification.id, clarification.procurementId, clarification.question,
                clarification.answer, clarification.askedAt, clarification.answeredAt,
                officer || own ? clarification.supplierId : null, officer ? null : own);
    }

    private boolean isOwn(Clarification clarification) {
        return caller.supplier().map(clarification.supplierId::equals).orElse(false);
    }

    private static Clarification find(UUID procurementId, UUID clarificationId) {
        return Clarification.<Clarification> findByIdOptional(clarificationId)
                .filter(clarification -> clarification.procurementId.equals(procurementId))
                .orElseThrow(() -> Problems.notFound("Clarification " + clarificationId));
    }
}
