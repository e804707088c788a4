package uk.collabproc.contract.award;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import uk.collabproc.contract.contract.Contract;
import uk.collabproc.contract.contract.ContractAccess;
import uk.collabproc.contract.links.ProcurementFilter;
import uk.collabproc.contract.links.ServiceLinks;
import uk.collabproc.contract.procurement.AwardDecision;
import uk.collabproc.contract.procurement.ProcurementClient;
import uk.collabproc.contract.procurement.ProcurementSummary;
import uk.collabproc.contract.remote.RemoteBudget;
import uk.collabproc.contract.supplier.RankingEntry;
import uk.collabproc.contract.supplier.SupplierClient;

@ApplicationScoped
public class AwardService {

    static final String PATH = "/api/v1/awards";

    @Inject
    ProcurementClient procurements;

    @Inject
    SupplierClient suppliers;

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    RemoteBudget budget;

    @Inject
    MeterRegistry metrics;

    @Inject
    ContractAccess access;

    @Inject
    ServiceLinks links;

    /**
     * Awards the procurement to its rank-1 bid, or, when its tender is divided into lots, the requested lot to the rank-1
     * bid on that lot: each lot is awarded on its own, with its own standstill. Refused while the evaluation is incomplete,
     * when no bid qualified or two share first place, and for a second award of the procurement (or lot); to an officer of
     * an organisation that does not run the procurement it does not exist. The other services are read first, within the
     * remote budget and outside any transaction; the award is then stored in a short transaction, and only then is
     * procurement-service told, as contract-service, so that the status AWARDED (of the procurement or the lot, which opens
     * the bidders' assessment summaries) always names an award that exists. If procurement-service cannot be told, the
     * award is taken back: 503 and nothing stored.
     */
    public AwardView award(AwardRequest request) {
        UUID procurementId = request.procurementId();
        // A lot that is not the tender's (or one named for a tender not divided) finds nothing here, and is refused below
        // once the procurement has been read.
        Optional<Award> existing = Award.ofProcurement(procurementId, request.lot());
        if (existing.isPresent()) {
            Award award = existing.get();
            if (!caller.belongsToAnyOf(award.runBy())) {
                throw Problems.notFound("Procurement " + procurementId);
            }
            if (!award.recordedByProcurement) {
                // A crash between storing and telling procurement-service left this undone; the officer's retry completes it.
                // Or another request is telling it right now: so a retry that fails leaves the award to its creator.
                tellProcurement(award, false);
            }
            throw alreadyAwarded(award.id, award.lot);
        }
        Inputs inputs = budget.within("procurement-service or supplier-service", () -> {
            ProcurementSummary procurement = procurements.procurement(procurementId)
                    .filter(found -> caller.belongsToLeadOrCoLead(found.leadOrganisation(), found.coLeads()))
                    .orElseThrow(() -> Problems.notFound("Procurement " + procurementId));
            if (procurement.regime() == ProcurementSummary.Regime.UNKNOWN) {
                throw Problems.conflict("Regime not supported", "Procurement " + procurementId + " is run under a regime this version of "
                        + "contract-service does not know, so it cannot compute the standstill");
            }
            // The contract award notice is published with the award, and its publication day starts the standstill: it
            // cannot have been published on a day already past.
            if (procurement.regime() == ProcurementSummary.Regime.PA_2023 && request.decisionDate().isBefore(clock.today())) {
                throw Problems.invalid("The contract award notice cannot be published in the past", List.of(Violation.ofBody(
                        "decisionDate", "under the Procurement Act 2023 is the day the contract award notice (UK6) is published, which "
                                + "is not before today, " + clock.today())));
            }
            String lot = LotRules.lotToAward(procurement, request.lot());
            // A divided procurement stays in EVALUATION until every lot is awarded; each lot is awarded once.
            if (procurement.status() != ProcurementSummary.Status.EVALUATION) {
                throw Problems.conflict("Not in evaluation", "Procurement " + procurementId + " is " + procurement.status()
                        + "; an award follows the evaluation of bids received by the tender deadline");
            }
            LotRules.requireNotAwarded(procurement, lot);
            List<RankingEntry> ranking = suppliers.ranking(procurementId, lot)
                    .orElseThrow(() -> Problems.notFound("The bids of procurement " + procurementId));
            return new Inputs(procurement, lot, winner(ranking));
        });
        Award award = QuarkusTransaction.requiringNew().call(() -> store(request, inputs));
        tellProcurement(award, true);
        // Counted once stored and recorded by procurement-service: an award taken back is not.
        Counter.builder("collab.awards.decided").description("Awards decided and recorded by procurement-service").register(metrics)
                .increment();
        return view(award, null);
    }

    /** What the award is decided on: the procurement, the lot (null when not divided) and the rank-1 bid on it. */
    private record Inputs(ProcurementSummary procurement, String lot, RankingEntry winner) {
    }

    private Award store(AwardRequest request, Inputs inputs) {
        Award award = Award.decide(inputs.procurement(), inputs.lot(), inputs.winner(), request.decisionDate(), caller.subject(),
                clock.now());
        // Losing a race leaves this transaction unusable, so the winner is read in a fresh one.
        UniqueKeys.persistUnique(award, () -> alreadyAwarded(QuarkusTransaction.requiringNew()
                .call(() -> Award.ofProcurement(award.procurementId, award.lot).orElseThrow().id), award.lot));
        return award;
    }

    /**
     * Tells procurement-service of the stored award; if it cannot be told, the request that stored the award takes it
     * back ({@code takeBack}).
     */
    private void tellProcurement(Award award, boolean takeBack) {
        AwardDecision decision = award.decision();
        try {
            budget.within("procurement-service", () -> procurements.recordAwardDecision(award.procurementId, decision)
                    .orElseThrow(() -> Problems.notFound("Procurement " + award.procurementId)));
        } catch (RuntimeException refusedOrUnavailable) {
            if (takeBack) {
                QuarkusTransaction.requiringNew().run(() -> Award.deleteById(award.id));
            }
            throw refusedOrUnavailable;
        }
        // Changed on the entity, not by a bulk update, so that the audit records it like every other change. Locked and
        // marked once: a concurrent retry tells procurement-service too, and two updates of one version would fail.
        QuarkusTransaction.requiringNew().run(() -> Award.<Award> findByIdOptional(award.id, LockModeType.PESSIMISTIC_WRITE)
                .filter(stored -> !stored.recordedByProcurement)
                .ifPresent(Award::markRecordedByProcurement));
        award.markRecordedByProcurement();
    }

    /** The rank-1 bid, once every bid is evaluated and exactly one ranks first. */
    static RankingEntry winner(List<RankingEntry> ranking) {
        if (ranking.stream().anyMatch(entry -> entry.status() == RankingEntry.Status.UNKNOWN)) {
            throw Problems.conflict("Ranking not understood", "supplier-service ranked a bid with an outcome this version of "
                    + "contract-service does not know; the award cannot be decided on it");
        }
        long unfinished = ranking.stream().filter(RankingEntry::notEvaluable).count();
        if (unfinished > 0) {
            throw Problems.conflict("Evaluation incomplete", unfinished + " bid(s) still lack a moderated score on some quality criterion");
        }
        List<RankingEntry> first = ranking.stream().filter(RankingEntry::qualified).filter(entry -> Integer.valueOf(1).equals(entry.rank()))
                .toList();
        if (first.isEmpty()) {
            throw Problems.conflict("No qualified bid", "No bid qualified; there is nothing to award");
        }
        if (first.size() > 1) {
            throw Problems.conflict("Tie for first place", first.size() + " bids share first place after every tie-break rule");
        }
        return first.get(0);
    }

    /**
     * The awards the caller may read ({@link ContractAccess#awardReadable}): those of the procurements the officer's
     * organisation runs, those whose contracts migrate the member's sites, those the supplier won; filtered to one
     * procurement if asked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<AwardView> list(PageRequest page, ProcurementFilter filter) {
        Map<String, Object> parameters = new HashMap<>(access.readableParameters());
        filter.addParameters(parameters);
        var query = Award.<Award> find("from Award a where " + access.awardReadableCondition() + filter.condition(),
                Sort.by("createdAt").and("id"), parameters).page(page.toPage());
        List<Award> found = query.list();
        Map<UUID, UUID> contracts = found.isEmpty() ? Map.of()
                : Contract.<Contract> list("awardId in ?1", found.stream().map(award -> award.id).toList()).stream()
                        .collect(Collectors.toMap(contract -> contract.awardId, contract -> contract.id));
        return new PagedList<>(found.stream().map(award -> view(award, contracts.get(award.id))).toList(), query.count());
    }

    /** An award the caller may read; any other does not exist for it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AwardView> find(UUID id) {
        return Award.<Award> findByIdOptional(id).filter(access::awardReadable)
                .map(award -> view(award, Contract.ofAward(award.id).map(contract -> contract.id).orElse(null)));
    }

    /** Only the officers who run the award and the supplier that won it see the winning bid's id: a member reads no bid. */
    private AwardView view(Award award, UUID contractId) {
        return AwardView.of(award, contractId, clock.now(), links, !caller.hasRole(Roles.MEMBER) || access.isStaff());
    }

    public static URI location(UUID id) {
        return Locations.of(PATH + "/{id}", id);
    }

    private static RuntimeException alreadyAwarded(UUID existing, String lot) {
        return Problems.alreadyExists(lot == null ? "An award for this procurement" : "An award for lot " + lot + " of this procurement",
                location(existing));
    }
}
