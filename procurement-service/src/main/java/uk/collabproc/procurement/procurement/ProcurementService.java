package uk.collabproc.procurement.procurement;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.procurement.organisation.Organisation;

@ApplicationScoped
public class ProcurementService {

    static final String PATH = "/api/v1/procurements";

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Transactional
    public ProcurementView create(NewProcurement request) {
        Instant now = clock.now();
        List<Violation> problems = new java.util.ArrayList<>();
        if (Organisation.findByIdOptional(request.leadOrganisation()).isEmpty()) {
            problems.add(Violation.ofBody("leadOrganisation", "no organisation has this ODS code"));
        }
        Regime governing = Regime.governing(clock.today());
        if (request.regime() != governing) {
            problems.add(Violation.ofBody("regime", "a procedure begun on " + clock.today() + " is governed by " + governing));
        }
        if (!request.requirementsDeadline().isAfter(now)) {
            problems.add(Violation.ofBody("requirementsDeadline", "must be in the future"));
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid("The procurement cannot be created", problems);
        }
        Procurement.<Procurement>find("reference", request.reference()).firstResultOptional().ifPresent(existing -> {
            throw alreadyExists(existing);
        });
        Procurement procurement = new Procurement();
        procurement.id = UUID.randomUUID();
        procurement.title = request.title().strip();
        procurement.reference = request.reference();
        procurement.regime = request.regime();
        procurement.leadOrganisation = request.leadOrganisation();
        procurement.requirementsDeadline = request.requirementsDeadline();
        procurement.contractTermMonths = request.contractTermMonths();
        procurement.status = ProcurementStatus.REQUIREMENTS_GATHERING;
        procurement.createdAt = now;
        UniqueKeys.persistUnique(procurement, () -> alreadyExists(QuarkusTransaction.requiringNew()
                .call(() -> Procurement.<Procurement>find("reference", request.reference()).firstResult())));
        ProcurementMember lead = new ProcurementMember();
        lead.procurementId = procurement.id;
        lead.odsCode = procurement.leadOrganisation;
        lead.joinedAt = now;
        lead.persist();
        return view(procurement);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<ProcurementView> list(PageRequest page) {
        var query = caller.hasRole(Roles.SUPPLIER)
                ? Procurement.<Procurement>find("publishedAt is not null", Sort.by("createdAt").and("id"))
                : Procurement.<Procurement>findAll(Sort.by("createdAt").and("id"));
        query.page(page.toPage());
        return new PagedList<>(views(query.list()), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProcurementView get(UUID id) {
        return view(visible(id));
    }

    /**
     * The procurement as the caller may see it: suppliers see a procurement only once its tender is
     * published; before that it does not exist for them.
     */
    public Procurement visible(UUID id) {
        Procurement procurement = Procurement.<Procurement>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("Procurement " + id));
        if (caller.hasRole(Roles.SUPPLIER) && !procurement.isPublished()) {
            throw Problems.notFound("Procurement " + id);
        }
        return procurement;
    }

    /** The procurement for a change based on {@code version}: 409 if someone changed it since. */
    public Procurement forChange(UUID id, Long version) {
        Procurement procurement = Procurement.<Procurement>findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("Procurement " + id));
        Problems.requireCurrentVersion("Procurement " + id, version, procurement.version);
        return procurement;
    }

    /** Members may submit requirements until the deadline; the officer may move it later, with a reason. */
    @Transactional
    public ProcurementView extendRequirementsDeadline(UUID id, DeadlineExtension request) {
        Procurement procurement = forChange(id, request.version());
        if (procurement.status != ProcurementStatus.REQUIREMENTS_GATHERING) {
            throw Problems.conflict("Requirements gathering is over",
                    "The requirements deadline can only move while requirements are gathered; the procurement is " + procurement.status);
        }
        recordDeadlineExtension(procurement.id, DeadlineChange.Deadline.REQUIREMENTS, procurement.requirementsDeadline,
                request.deadline(), request.reason());
        procurement.requirementsDeadline = request.deadline();
        Procurement.flush();
        return view(procurement);
    }

    @Transactional
    public ProcurementView cancel(UUID id, Cancellation request) {
        Procurement procurement = forChange(id, request.version());
        if (procurement.status == ProcurementStatus.CONTRACTED || procurement.status == ProcurementStatus.CANCELLED) {
            throw Problems.conflict("Cannot cancel", "The procurement is already " + procurement.status);
        }
        procurement.status = ProcurementStatus.CANCELLED;
        Procurement.flush();
        return view(procurement);
    }

    /**
     * The award decision and the concluded contract, as contract-service records them, so that the procurement's
     * status follows the award: EVALUATION → AWARDED → CONTRACTED. Recording the status the procurement already has
     * changes nothing, so that a retried call is harmless.
     */
    @Transactional
    public ProcurementView recordOutcome(UUID id, ProcurementStatus outcome) {
        Procurement procurement = Procurement.<Procurement>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Procurement " + id));
        ProcurementStatus current = procurement.statusAt(clock.now());
        if (current == outcome) {
            return view(procurement);
        }
        ProcurementStatus required = outcome == ProcurementStatus.AWARDED ? ProcurementStatus.EVALUATION : ProcurementStatus.AWARDED;
        if (current != required) {
            throw Problems.conflict("Cannot record " + outcome, "The procurement is " + current + "; it must be " + required + " first");
        }
        procurement.status = outcome;
        Procurement.flush();
        return view(procurement);
    }

    /**
     * A deadline moves only later; the extension is kept with its previous and new value, reason, who and
     * when. Refused (400) when {@code current} is not after {@code previous}.
     */
    public void recordDeadlineExtension(UUID procurementId, DeadlineChange.Deadline deadline, Instant previous, Instant current,
            String reason) {
        if (!current.isAfter(previous)) {
            throw Problems.invalid("A deadline can only be extended",
                    List.of(Violation.ofBody("deadline", "must be later than the current deadline " + previous)));
        }
        DeadlineChange change = new DeadlineChange();
        change.id = UUID.randomUUID();
        change.procurementId = procurementId;
        change.deadline = deadline;
        change.previous = previous;
        change.current = current;
        change.reason = reason.strip();
        change.changedAt = clock.now();
        change.changedBy = caller.subject();
        change.persist();
    }

    public ProcurementView view(Procurement procurement) {
        return views(List.of(procurement)).get(0);
    }

    /** Views of a page of procurements, with their members and deadline changes read in one query each. */
    private List<ProcurementView> views(List<Procurement> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = page.stream().map(procurement -> procurement.id).toList();
        Map<UUID, List<String>> members = ProcurementMember.<ProcurementMember>list("procurementId in ?1", Sort.by("odsCode"), ids)
                .stream().collect(Collectors.groupingBy(member -> member.procurementId,
                        Collectors.mapping(member -> member.odsCode, Collectors.toList())));
        Map<UUID, List<ProcurementView.DeadlineChangeView>> changes = DeadlineChange.<DeadlineChange>list("procurementId in ?1",
                Sort.by("changedAt").and("id"), ids).stream()
                .collect(Collectors.groupingBy(change -> change.procurementId, Collectors.mapping(
                        change -> new ProcurementView.DeadlineChangeView(change.deadline, change.previous, change.current,
                                change.reason, change.changedAt, change.changedBy),
                        Collectors.toList())));
        Instant now = clock.now();
        return page.stream().map(procurement -> new ProcurementView(procurement.id, procurement.title, procurement.reference,
                procurement.regime, procurement.leadOrganisation, procurement.requirementsDeadline, procurement.contractTermMonths,
                procurement.statusAt(now), procurement.publishedAt, procurement.tenderDeadline,
                members.getOrDefault(procurement.id, List.of()), changes.getOrDefault(procurement.id, List.of()),
                procurement.createdAt, procurement.version)).toList();
    }

    static URI location(UUID id) {
        return Locations.of(PATH + "/{id}", id);
    }

    private static RuntimeException alreadyExists(Procurement existing) {
        return Problems.alreadyExists("A procurement with reference " + existing.reference, location(existing.id));
    }
}
