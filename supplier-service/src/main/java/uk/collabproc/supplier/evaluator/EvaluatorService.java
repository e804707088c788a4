package uk.collabproc.supplier.evaluator;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.supplier.procurement.TenderGate;

@ApplicationScoped
public class EvaluatorService {

    @Inject
    TenderGate tenders;

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    Event<ConflictsDeclared> conflictsDeclared;

    /** Assigns an evaluator to a published procurement, once: a repeat answers 409 pointing at the assignment. */
    public EvaluatorView assign(UUID procurementId, NewEvaluator request) {
        // Read before the transaction: a slow procurement-service holds no database connection.
        tenders.published(procurementId);
        return QuarkusTransaction.requiringNew().call(() -> store(procurementId, request));
    }

    private EvaluatorView store(UUID procurementId, NewEvaluator request) {
        // Validated against NewEvaluator.ID_PATTERN: nothing to strip, and safe as a path segment.
        String evaluatorId = request.evaluatorId();
        if (Evaluator.of(procurementId, evaluatorId).isPresent()) {
            throw alreadyAssigned(procurementId, evaluatorId);
        }
        Evaluator evaluator = new Evaluator();
        evaluator.id = UUID.randomUUID();
        evaluator.procurementId = procurementId;
        evaluator.evaluatorId = evaluatorId;
        evaluator.name = request.name().strip();
        evaluator.assignedAt = clock.now();
        UniqueKeys.persistUnique(evaluator, () -> alreadyAssigned(procurementId, evaluatorId));
        return EvaluatorView.of(evaluator);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<EvaluatorView> list(UUID procurementId, PageRequest page) {
        tenders.published(procurementId);
        var query = Evaluator.<Evaluator> find("procurementId", Sort.by("assignedAt").and("evaluatorId"), procurementId)
                .page(page.toPage());
        return new PagedList<>(query.list().stream().map(EvaluatorView::of).toList(), query.count());
    }

    /** The officer sees every evaluator; an evaluator sees only themself. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EvaluatorView> find(UUID procurementId, String evaluatorId) {
        if (!caller.hasRole(Roles.OFFICER) && !caller.subject().equals(evaluatorId)) {
            return Optional.empty();
        }
        tenders.published(procurementId);
        return Evaluator.of(procurementId, evaluatorId).map(EvaluatorView::of);
    }

    /**
     * Records the calling evaluator's declaration. A later declaration replaces it (with the version it was
     * based on), and anything the evaluator had already scored of a newly conflicted supplier is withdrawn. The
     * evaluator's row is locked first: scoring holds a shared lock on it (see {@link #declaredCallerForScoring}), so a score
     * given at the same moment either commits before this declaration, which then withdraws it, or waits and is
     * judged against the new conflicts.
     */
    @Transactional
    public EvaluatorView declare(UUID procurementId, String evaluatorId, ConflictDeclaration declaration) {
        Evaluator evaluator = Evaluator.of(procurementId, evaluatorId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.evaluatorId.equals(caller.subject()))
                .orElseThrow(() -> Problems.notFound("Evaluator " + evaluatorId + " of procurement " + procurementId));
        if (evaluator.hasDeclared()) {
            Problems.requireCurrentVersion("The declaration", declaration.version(), evaluator.version);
        }
        List<UUID> conflicted = declaration.conflictedSupplierIds().stream().distinct().toList();
        evaluator.conflictedSupplierIds = conflicted;
        evaluator.statement = declaration.statement().strip();
        evaluator.declaredAt = clock.now();
        conflictsDeclared.fire(new ConflictsDeclared(procurementId, evaluatorId, conflicted));
        Evaluator.getEntityManager().flush();
        return EvaluatorView.of(evaluator);
    }

    /**
     * The calling evaluator of this procurement, once they have declared their conflicts: 404 for anyone not
     * assigned to it, 409 until the declaration is made.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Evaluator declaredCaller(UUID procurementId) {
        return requireDeclared(procurementId, Evaluator.of(procurementId, caller.subject()));
    }

    /**
     * As {@link #declaredCaller}, for giving a score: the evaluator's row stays share-locked until the transaction ends,
     * so that the conflicts the score was judged against cannot change before it is stored (see {@link #declare}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluator declaredCallerForScoring(UUID procurementId) {
        return requireDeclared(procurementId, Evaluator.of(procurementId, caller.subject(), LockModeType.PESSIMISTIC_READ));
    }

    private static Evaluator requireDeclared(UUID procurementId, Optional<Evaluator> found) {
        Evaluator evaluator = found.orElseThrow(() -> Problems.notFound("Procurement " + procurementId));
        if (!evaluator.hasDeclared()) {
            throw Problems.conflict("Conflicts not declared",
                    "Declare your conflicts of interest for procurement " + procurementId + " before reading or scoring bids");
        }
        return evaluator;
    }

    public static URI location(UUID procurementId, String evaluatorId) {
        return Locations.of("/api/v1/procurements/{pid}/evaluators/{evaluatorId}", procurementId, evaluatorId);
    }

    private static RuntimeException alreadyAssigned(UUID procurementId, String evaluatorId) {
        return Problems.alreadyExists("Evaluator " + evaluatorId + " of this procurement", location(procurementId, evaluatorId));
    }
}
