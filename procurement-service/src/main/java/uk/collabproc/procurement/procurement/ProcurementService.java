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
        } else if (!caller.belongsTo(request.leadOrganisation())) {
            // An officer acts for its own organisation: it cannot start a procurement that another organisation leads.
            problems.add(Violation.ofBody("leadOrganisation", "must be your own organisation (the org claim of your token)"));
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

    /**
     * The procurement for an action of the staff who run it. An officer acts only for the lead partner or a co-lead
     * it named, a project manager only for the lead partner; to the staff of any other organisation the procurement
     * does not exist (404, as for members). Members and suppliers are checked by each feature as before.
     */
    public Procurement managed(UUID id) {
        Procurement procurement = visible(id);
        boolean foreignOfficer = caller.hasRole(Roles.OFFICER) && !runByCallersOrganisation(procurement);
        boolean foreignProjectManager = caller.hasRole(Roles.PROJECT_MANAGER) && !caller.belongsTo(procurement.leadOrganisation);
        if (foreignOfficer || foreignProjectManager) {
            throw Problems.notFound("Procurement " + id);
        }
        return procurement;
    }

    /** Whether the caller is an officer of an organisation that runs the procurement. */
    public boolean runByCaller(Procurement procurement) {
        return caller.hasRole(Roles.OFFICER) && runByCallersOrganisation(procurement);
    }

    /** Whether the caller's organisation is the lead partner or a co-lead it named. */
    private boolean runByCallersOrganisation(Procurement procurement) {
        return caller.belongsToLeadOrCoLead(procurement.leadOrganisation, ProcurementMember.coLeads(procurement.id));
    }

    /** The procurement for a change based on {@code version} by the staff who run it: 409 if someone changed it since. */
    public Procurement forChange(UUID id, Long version) {
        Procurement procurement = managed(id);
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
     * The award decision, as contract-service records it once the award is stored: the status becomes AWARDED together
     * with the award's reference, decision date and end of standstill, so that bidders' assessment summaries open only
     * for an award that exists. Repeating it for the same award changes nothing (a retried call is harmless).
     */
    @Transactional
    public ProcurementView recordAwardDecision(UUID id, AwardDecision decision) {
        Procurement procurement = lockedForOutcome(id);
        if (decision.awardId().equals(procurement.awardId)) {
            return view(procurement);
        }
        // contract-service keeps one award per procurement and takes an award back when it could not tell us of it; if
        // our answer was lost on the way, the next award it tells us of replaces the one it took back.
        if (procurement.status != ProcurementStatus.AWARDED) {
            requireStatus(procurement, ProcurementStatus.AWARDED, ProcurementStatus.EVALUATION);
        }
        procurement.status = ProcurementStatus.AWARDED;
        procurement.awardId = decision.awardId();
        procurement.awardDecisionDate = decision.decisionDate();
        procurement.standstillEndsAt = decision.standstillEndsAt();
        Procurement.flush();
        return view(procurement);
    }

    /** The concluded contract of the recorded award: the status becomes CONTRACTED; repeating it changes nothing. */
    @Transactional
    public ProcurementView recordContractConclusion(UUID id, ContractConclusion conclusion) {
        Procurement procurement = lockedForOutcome(id);
        if (conclusion.contractId().equals(procurement.contractId)) {
            return view(procurement);
        }
        requireStatus(procurement, ProcurementStatus.CONTRACTED, ProcurementStatus.AWARDED);
        if (!conclusion.awardId().equals(procurement.awardId)) {
            throw Problems.conflict("Not the recorded award", "The procurement was awarded by award " + procurement.awardId
                    + ", not " + conclusion.awardId());
        }
        procurement.status = ProcurementStatus.CONTRACTED;
        procurement.contractId = conclusion.contractId();
        Procurement.flush();
        return view(procurement);
    }

    private static Procurement lockedForOutcome(UUID id) {
        return Procurement.<Procurement>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Procurement " + id));
    }

    private void requireStatus(Procurement procurement, ProcurementStatus outcome, ProcurementStatus required) {
        ProcurementStatus current = procurement.statusAt(clock.now());
        if (current == outcome) {
            throw Problems.conflict("Already " + outcome, "The procurement is already " + outcome + " by another "
                    + (outcome == ProcurementStatus.AWARDED ? "award" : "contract"));
        }
        if (current != required) {
            throw Problems.conflict("Cannot record " + outcome, "The procurement is " + current + "; it must be " + required + " first");
        }
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
        Map<UUID, List<String>> coLeads = ProcurementMember.<ProcurementMember>list("procurementId in ?1 and coLead = true",
                Sort.by("odsCode"), ids).stream().collect(Collectors.groupingBy(member -> member.procurementId,
                        Collectors.mapping(member -> member.odsCode, Collectors.toList())));
        Instant now = clock.now();
        return page.stream().map(procurement -> new ProcurementView(procurement.id, procurement.title, procurement.reference,
                procurement.regime, procurement.leadOrganisation, coLeads.getOrDefault(procurement.id, List.of()),
                procurement.requirementsDeadline, procurement.contractTermMonths,
                procurement.statusAt(now), procurement.publishedAt, procurement.tenderDeadline,
                members.getOrDefault(procurement.id, List.of()), changes.getOrDefault(procurement.id, List.of()),
                procurement.awardId == null ? null : new ProcurementView.AwardReference(procurement.awardId,
                        procurement.awardDecisionDate, procurement.standstillEndsAt),
                procurement.contractId, procurement.createdAt, procurement.version)).toList();
    }

    static URI location(UUID id) {
        return Locations.of(PATH + "/{id}", id);
    }

    private static RuntimeException alreadyExists(Procurement existing) {
        return Problems.alreadyExists("A procurement with reference " + existing.reference, location(existing.id));
    }
}
