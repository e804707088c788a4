package uk.collabproc.contract.contract;

import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
import uk.collabproc.common.problem.Problems;
import uk.collabproc.contract.award.Award;
import uk.collabproc.contract.links.ProcurementFilter;
import uk.collabproc.contract.links.ServiceLinks;
import uk.collabproc.contract.procurement.ContractConclusion;
import uk.collabproc.contract.procurement.MigrationSite;
import uk.collabproc.contract.procurement.ProcurementClient;
import uk.collabproc.contract.remote.RemoteBudget;
import uk.collabproc.contract.supplier.SupplierClient;
import uk.collabproc.contract.supplier.WinningBid;

@ApplicationScoped
public class ContractService {

    static final String PATH = "/api/v1/contracts";

    @Inject
    ProcurementClient procurements;

    @Inject
    SupplierClient suppliers;

    @Inject
    ServiceClock clock;

    @Inject
    ContractAccess access;

    @Inject
    RemoteBudget budget;

    @Inject
    MeterRegistry metrics;

    @Inject
    ServiceLinks links;

    /**
     * Concludes the contract of an award once its standstill has ended by the service clock: value = the winning
     * bid's evaluated price, term from the procurement, and the migration scope kept with the winning prices per site; the
     * award of a lot concludes a contract for the sites of that lot alone ({@link LotScope}).
     * The scope and the winning bid are read first, within the remote budget and outside any transaction; the contract
     * is stored in a short transaction that locks the award and checks again; then procurement-service is told, as
     * contract-service. If it cannot be told, the contract is taken back: 503 and nothing stored.
     */
    public ContractView conclude(UUID awardId, ConclusionRequest request) {
        Award award = access.award(awardId);
        Optional<Contract> existing = Contract.ofAward(awardId);
        if (existing.isPresent()) {
            if (!existing.get().recordedByProcurement) {
                // A crash between storing and telling procurement-service left this undone; the officer's retry completes it.
                tellProcurement(award, existing.get());
            }
            throw alreadyConcluded(existing.get());
        }
        award.requireStandstillOver(clock.now(), request.signedDate());
        Inputs inputs = budget.within("procurement-service or supplier-service", () -> new Inputs(
                LotScope.sitesOf(procurements.scope(award.procurementId)
                        .orElseThrow(() -> Problems.notFound("The migration scope of procurement " + award.procurementId)), award.lot),
                suppliers.bid(award.procurementId, award.winningBidId)
                        .orElseThrow(() -> Problems.notFound("Winning bid " + award.winningBidId))));
        Contract contract = QuarkusTransaction.requiringNew().call(() -> store(awardId, request, inputs));
        tellProcurement(award, contract);
        // Counted once stored and recorded by procurement-service: a contract taken back is not.
        Counter.builder("collab.contracts.concluded").description("Contracts concluded and recorded by procurement-service")
                .register(metrics).increment();
        return ContractView.of(contract, award, links);
    }

    /** The sites the contract migrates (its lot's, when the tender is divided) and the winning bid with its prices. */
    private record Inputs(List<MigrationSite> scope, WinningBid bid) {
    }

    private Contract store(UUID awardId, ConclusionRequest request, Inputs inputs) {
        // The award's row is locked so that two conclusions of one award are ordered; the second finds the first.
        Award award = Award.<Award> findByIdOptional(awardId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Award " + awardId));
        Contract.ofAward(awardId).ifPresent(existing -> {
            throw alreadyConcluded(existing);
        });
        award.conclude(clock.now(), request.signedDate());
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.awardId = award.id;
        contract.procurementId = award.procurementId;
        contract.lot = award.lot;
        contract.supplierId = award.supplierId;
        contract.value = award.evaluatedPrice;
        contract.signedDate = request.signedDate();
        contract.startDate = request.signedDate();
        contract.endDate = request.signedDate().plusMonths(award.contractTermMonths).minusDays(1);
        contract.recordedByProcurement = false;
        contract.createdAt = clock.now();
        contract.persist();
        Map<String, WinningBid.Price> prices = inputs.bid().prices().stream()
                .collect(Collectors.toMap(WinningBid.Price::lineId, Function.identity()));
        inputs.scope().forEach(site -> site(contract.id, site, prices.get(site.lineId())).persist());
        Contract.flush();
        return contract;
    }

    /** Tells procurement-service of the stored contract; if it cannot be told, the contract is taken back. */
    private void tellProcurement(Award award, Contract contract) {
        ContractConclusion conclusion = new ContractConclusion(award.id, contract.id, award.supplierId, award.supplierName,
                contract.signedDate, contract.startDate, contract.endDate, contract.value, award.lot);
        try {
            budget.within("procurement-service", () -> procurements.recordContractConclusion(award.procurementId, conclusion)
                    .orElseThrow(() -> Problems.notFound("Procurement " + award.procurementId)));
        } catch (RuntimeException refusedOrUnavailable) {
            // Entity by entity, not by bulk statements, so that the audit records the taking back.
            QuarkusTransaction.requiringNew().run(() -> {
                ContractSite.ofContract(contract.id).forEach(ContractSite::delete);
                Contract.deleteById(contract.id);
                Award.<Award> findByIdOptional(award.id).ifPresent(Award::takeBackConclusion);
            });
            throw refusedOrUnavailable;
        }
        QuarkusTransaction.requiringNew().run(() -> Contract.<Contract> findByIdOptional(contract.id)
                .ifPresent(stored -> stored.recordedByProcurement = true));
        contract.recordedByProcurement = true;
    }

    private static RuntimeException alreadyConcluded(Contract existing) {
        return Problems.alreadyExists("The contract of this award", location(existing.id));
    }

    private static ContractSite site(UUID contractId, MigrationSite scope, WinningBid.Price price) {
        ContractSite site = new ContractSite();
        site.contractId = contractId;
        site.siteCode = scope.siteCode();
        site.odsCode = scope.odsCode();
        site.name = scope.name();
        site.critical = scope.critical();
        site.core = scope.core();
        site.lineId = scope.lineId();
        site.legacyBandwidthMbps = scope.legacy() == null ? 0 : scope.legacy().bandwidthMbps();
        site.legacyAnnualCost = scope.legacy() == null ? BigDecimal.ZERO : scope.legacy().annualCost();
        site.newBandwidthMbps = scope.requirement() == null ? 0 : scope.requirement().bandwidthMbps();
        // A bid prices every line (supplier-service refuses one that does not), so a missing price means the scope
        // changed after the tender; such a site is kept at no charge rather than dropped, and shows in the benefits.
        site.oneOffCost = price == null ? BigDecimal.ZERO : price.oneOff();
        site.annualCost = price == null ? BigDecimal.ZERO : price.annual();
        return site;
    }

    /**
     * The contracts the caller may read ({@link ContractAccess#readable}): those its organisation runs (an officer: lead
     * partner or co-lead; a project manager: lead partner), those migrating the member's sites, those the supplier won;
     * filtered to one procurement if asked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<ContractView> list(PageRequest page, ProcurementFilter filter) {
        Map<String, Object> parameters = new HashMap<>(access.readableParameters());
        filter.addParameters(parameters);
        var query = Contract.<Contract> find("select c from Contract c, Award a where a.id = c.awardId and " + access.readableCondition()
                + filter.condition(), Sort.by("c.createdAt").and("c.id"), parameters).page(page.toPage());
        List<Contract> found = query.list();
        Map<UUID, Award> awards = found.isEmpty() ? Map.of()
                : Award.<Award> list("id in ?1", found.stream().map(contract -> contract.awardId).toList()).stream()
                        .collect(Collectors.toMap(award -> award.id, Function.identity()));
        return new PagedList<>(found.stream().map(contract -> ContractView.of(contract, awards.get(contract.awardId), links)).toList(),
                query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractView find(UUID id) {
        Contract contract = access.readable(id);
        return ContractView.of(contract, Award.findById(contract.awardId), links);
    }

    public static URI location(UUID id) {
        return Locations.of(PATH + "/{id}", id);
    }
}
