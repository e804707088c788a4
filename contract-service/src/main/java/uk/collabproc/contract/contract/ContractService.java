package uk.collabproc.contract.contract;

import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneId;
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

import io.quarkus.panache.common.Sort;
import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.contract.award.Award;
import uk.collabproc.contract.procurement.MigrationSite;
import uk.collabproc.contract.procurement.ProcurementClient;
import uk.collabproc.contract.supplier.SupplierClient;
import uk.collabproc.contract.supplier.WinningBid;

@ApplicationScoped
public class ContractService {

    static final String PATH = "/api/v1/contracts";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    ProcurementClient procurements;

    @Inject
    SupplierClient suppliers;

    @Inject
    ServiceClock clock;

    /**
     * Concludes the contract of an award once its standstill has ended by the service clock: value = the winning
     * bid's evaluated price, term from the procurement, and the migration scope kept with the winning prices per site.
     */
    @Transactional
    public ContractView conclude(UUID awardId, ConclusionRequest request) {
        // The award's row is locked so that two conclusions of one award are ordered; the second finds the first.
        Award award = Award.<Award>findByIdOptional(awardId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problems.notFound("Award " + awardId));
        Optional<Contract> existing = Contract.find("awardId", awardId).firstResultOptional();
        if (existing.isPresent()) {
            throw Problems.alreadyExists("The contract of this award", location(existing.get().id));
        }
        if (clock.now().isBefore(award.standstillEndsAt)) {
            throw Problems.conflict("Standstill running", "The standstill ends at " + award.standstillEndsAt
                    + "; the contract can be concluded from then on");
        }
        if (request.signedDate().isBefore(award.standstillEndsAt.atZone(LONDON).toLocalDate())) {
            throw Problems.invalid("A contract cannot be signed during the standstill",
                    List.of(Violation.ofBody("signedDate", "must not be before " + award.standstillEndsAt.atZone(LONDON).toLocalDate())));
        }
        List<MigrationSite> scope = procurements.scope(award.procurementId)
                .orElseThrow(() -> Problems.notFound("The migration scope of procurement " + award.procurementId));
        WinningBid bid = suppliers.bid(award.procurementId, award.winningBidId)
                .orElseThrow(() -> Problems.notFound("Winning bid " + award.winningBidId));
        procurements.recordContractConclusion(award.procurementId)
                .orElseThrow(() -> Problems.notFound("Procurement " + award.procurementId));

        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.awardId = award.id;
        contract.procurementId = award.procurementId;
        contract.supplierId = award.supplierId;
        contract.value = award.evaluatedPrice;
        contract.signedDate = request.signedDate();
        contract.startDate = request.signedDate();
        contract.endDate = request.signedDate().plusMonths(award.contractTermMonths).minusDays(1);
        contract.createdAt = clock.now();
        contract.persist();
        Map<String, WinningBid.Price> prices = bid.prices().stream().collect(Collectors.toMap(WinningBid.Price::lineId, Function.identity()));
        scope.forEach(site -> site(contract.id, site, prices.get(site.lineId())).persist());
        award.status = Award.Status.CONCLUDED;
        Contract.flush();
        return ContractView.of(contract);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<ContractView> list(PageRequest page) {
        var query = Contract.<Contract>findAll(Sort.by("createdAt").and("id")).page(page.toPage());
        return new PagedList<>(query.list().stream().map(ContractView::of).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContractView> find(UUID id) {
        return Contract.<Contract>findByIdOptional(id).map(ContractView::of);
    }

    public static URI location(UUID id) {
        return Locations.of(PATH + "/{id}", id);
    }
}
