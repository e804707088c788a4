package uk.collabproc.procurement.procurement;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.Counts;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.procurement.links.ServiceLinks;
import uk.collabproc.procurement.organisation.Organisation;

@ApplicationScoped
public class ProcurementService {

    static final String PATH = "/api/v1/procurements";

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    Event<OutcomeRecorded> outcomes;

    @Inject
    Event<DeadlineExtended> extended;

    @Inject
    ServiceLinks links;

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
        Procurement.<Procurement> find("reference", request.reference()).firstResultOptional().ifPresent(existing -> {
            throw alreadyExists(existing);
        });
        Procurement procurement = Procurement.start(request, now);
        UniqueKeys.persistUnique(procurement, () -> alreadyExists(QuarkusTransaction.requiringNew()
                .call(() -> Procurement.<Procurement> find("reference", request.reference()).firstResult())));
        procurement.addMember(procurement.leadOrganisation, now).persist();
        return view(procurement);
    }

    /** The procurements the caller sees: suppliers see published ones only. */
    public PagedList<ProcurementView> list(PageRequest page) {
        return list(page, null);
    }

    /**
     * The procurements the caller sees, or with {@code reference} the one of that reference: suppliers see published
     * procurements only, and one not yet published lists nothing for them, as one that does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<ProcurementView> list(PageRequest page, String reference) {
        String where = (caller.hasRole(Roles.SUPPLIER) ? "publishedAt is not null" : "id is not null")
                + (reference == null ? "" : " and reference = :reference");
        Parameters parameters = reference == null ? new Parameters() : Parameters.with("reference", reference);
        List<Procurement> procurements = Procurement.<Procurement> find(where, Sort.by("createdAt").and("id"), parameters)
                .page(page.toPage()).list();
        return new PagedList<>(views(procurements), Counts.of(Procurement.class, where, parameters));
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
        Procurement procurement = Procurement.<Procurement> findByIdOptional(id)
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
        requireRunByCaller(id, procurement.leadOrganisation,
                caller.hasRole(Roles.OFFICER) ? ProcurementMember.coLeads(procurement.id) : List.of());
        return procurement;
    }

    /** {@link #managed}'s check on facts read earlier, such as a cached read's: 404 unless the caller's staff run it. */
    public void requireRunByCaller(UUID id, String leadOrganisation, List<String> coLeads) {
        boolean foreignOfficer = caller.hasRole(Roles.OFFICER) && !caller.belongsToLeadOrCoLead(leadOrganisation, coLeads);
        boolean foreignProjectManager = caller.hasRole(Roles.PROJECT_MANAGER) && !caller.belongsTo(leadOrganisation);
        if (foreignOfficer || foreignProjectManager) {
            throw Problems.notFound("Procurement " + id);
        }
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
        DeadlineChange change = procurement.extendRequirementsDeadline(request.deadline(), request.reason(), clock.now(),
                caller.subject());
        change.persist();
        Procurement.flush();
        extended.fire(new DeadlineExtended(procurement, change));
        return view(procurement);
    }

    @Transactional
    public ProcurementView cancel(UUID id, Cancellation request) {
        Procurement procurement = forChange(id, request.version());
        procurement.cancel(clock.now());
        Procurement.flush();
        return view(procurement);
    }

    /** One lot of a divided tender cancelled, with its reason; the procurement's version guards against a stale view. */
    @Transactional
    public ProcurementView cancelLot(UUID id, String number, Cancellation request) {
        managed(id);
        // Locked as an outcome is recorded: contract-service may be telling of this lot's award at the same moment.
        Procurement procurement = lockedForOutcome(id);
        Problems.requireCurrentVersion("Procurement " + id, request.version(), procurement.version);
        procurement.cancelLot(ProcurementLot.of(id), number, request.reason(), clock.now());
        Procurement.flush();
        return view(procurement);
    }

    /**
     * The award decision, as contract-service records it once the award is stored, so that bidders' assessment
     * summaries open only for an award that exists.
     */
    @Transactional
    public ProcurementView recordAwardDecision(UUID id, AwardDecision decision) {
        Procurement procurement = lockedForOutcome(id);
        Instant now = clock.now();
        boolean recorded = procurement.recordAwardDecision(decision, ProcurementLot.of(id), now);
        Procurement.flush();
        if (recorded) {
            outcomes.fire(new OutcomeRecorded.AwardDecided(procurement, decision, now));
        }
        return view(procurement);
    }

    /** The concluded contract of the recorded award. */
    @Transactional
    public ProcurementView recordContractConclusion(UUID id, ContractConclusion conclusion) {
        Procurement procurement = lockedForOutcome(id);
        Instant now = clock.now();
        boolean recorded = procurement.recordContractConclusion(conclusion, ProcurementLot.of(id), now);
        Procurement.flush();
        if (recorded) {
            outcomes.fire(new OutcomeRecorded.ContractConcluded(procurement, conclusion, now));
        }
        return view(procurement);
    }

    private static Procurement lockedForOutcome(UUID id) {
        return Procurement.<Procurement> findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Procurement " + id));
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
        Map<UUID, List<String>> members = ProcurementMember.<ProcurementMember> list("procurementId in ?1", Sort.by("odsCode"), ids)
                .stream().collect(Collectors.groupingBy(member -> member.procurementId,
                        Collectors.mapping(member -> member.odsCode, Collectors.toList())));
        Map<UUID, List<ProcurementView.DeadlineChangeView>> changes = DeadlineChange.<DeadlineChange> list("procurementId in ?1",
                Sort.by("changedAt").and("id"), ids).stream()
                .collect(Collectors.groupingBy(change -> change.procurementId, Collectors.mapping(
                        change -> new ProcurementView.DeadlineChangeView(change.deadline, change.previous, change.current,
                                change.reason, change.changedAt, change.changedBy),
                        Collectors.toList())));
        Map<UUID, List<String>> coLeads = ProcurementMember.<ProcurementMember> list("procurementId in ?1 and coLead = true",
                Sort.by("odsCode"), ids).stream().collect(Collectors.groupingBy(member -> member.procurementId,
                        Collectors.mapping(member -> member.odsCode, Collectors.toList())));
        Map<UUID, List<ProcurementView.LotOutcome>> lots = ProcurementLot.<ProcurementLot> list("procurementId in ?1", ids).stream()
                .sorted(ProcurementLot.IN_ORDER)
                .collect(Collectors.groupingBy(lot -> lot.procurementId,
                        Collectors.mapping(lot -> ProcurementView.LotOutcome.of(lot, links), Collectors.toList())));
        Instant now = clock.now();
        return page.stream().map(procurement -> new ProcurementView(procurement.id, procurement.title, procurement.reference,
                procurement.regime, procurement.leadOrganisation, coLeads.getOrDefault(procurement.id, List.of()),
                procurement.requirementsDeadline, procurement.contractTermMonths,
                procurement.statusAt(now), procurement.publishedAt, procurement.tenderDeadline,
                members.getOrDefault(procurement.id, List.of()), changes.getOrDefault(procurement.id, List.of()),
                procurement.awardId == null ? null
                        : new ProcurementView.AwardReference(procurement.awardId,
                                procurement.awardDecisionDate, procurement.standstillEndsAt),
                procurement.contractId, lots.getOrDefault(procurement.id, List.of()), procurement.createdAt, procurement.version,
                links.of(procurement.id, procurement.awardId, procurement.contractId))).toList();
    }

    static URI location(UUID id) {
        return Locations.of(PATH + "/{id}", id);
    }

    private static RuntimeException alreadyExists(Procurement existing) {
        return Problems.alreadyExists("A procurement with reference " + existing.reference, location(existing.id));
    }
}
