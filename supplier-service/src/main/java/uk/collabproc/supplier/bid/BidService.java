package uk.collabproc.supplier.bid;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.Counts;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.supplier.evaluator.Evaluator;
import uk.collabproc.supplier.evaluator.EvaluatorService;
import uk.collabproc.supplier.procurement.PublishedTender;
import uk.collabproc.supplier.procurement.TenderGate;
import uk.collabproc.supplier.supplier.Supplier;

/**
 * Sealed bids. Before the tender deadline only the owning supplier reads or changes a bid; the officer may know
 * only how many have arrived. From the deadline on nobody changes a bid; the officer reads them all, and each
 * evaluator those of suppliers they have no conflict with.
 */
@ApplicationScoped
public class BidService {

    @Inject
    TenderGate tenders;

    @Inject
    EvaluatorService evaluators;

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    MeterRegistry metrics;

    /**
     * Every write reads the tender from procurement-service first, outside any transaction, so that a slow
     * procurement-service holds no database connection or lock; the short transaction then checks the deadline again.
     */
    public BidView submit(UUID procurementId, BidRequest request) {
        PublishedTender tender = tenders.openForBids(procurementId);
        Bid.requireAnswers(tender, request);
        BidView stored = QuarkusTransaction.requiringNew().call(() -> store(procurementId, tender, request));
        // Counted once committed, so that a refused submission, or one that lost a race, is not.
        Counter.builder("collab.bids.received").description("Bids submitted and stored (not replacements)").register(metrics)
                .increment();
        return stored;
    }

    private BidView store(UUID procurementId, PublishedTender tender, BidRequest request) {
        Supplier supplier = callingSupplier();
        tenders.requireOpenForBids(tender);
        Optional<Bid> active = Bid.activeOf(procurementId, supplier.id);
        if (active.isPresent()) {
            throw alreadyBid(procurementId, active.get().id);
        }
        Bid bid = Bid.submit(procurementId, supplier.id, request, clock.now());
        // Losing a race leaves this transaction unusable, so the winner is read in a fresh one.
        UniqueKeys.persistUnique(bid, () -> alreadyBid(procurementId,
                QuarkusTransaction.requiringNew().call(() -> Bid.activeOf(procurementId, supplier.id).orElseThrow().id)));
        return BidView.of(bid, supplier.name);
    }

    public BidView replace(UUID procurementId, UUID bidId, BidRequest request) {
        // The deadline is checked after the ownership, so that another supplier's bid is "not found" whatever the date.
        PublishedTender tender = tenders.forBids(procurementId);
        return QuarkusTransaction.requiringNew().call(() -> {
            Bid bid = ownBid(procurementId, bidId);
            tenders.requireOpenForBids(tender);
            bid.replace(tender, request, clock.now());
            Bid.getEntityManager().flush();
            return view(bid);
        });
    }

    public void withdraw(UUID procurementId, UUID bidId) {
        PublishedTender tender = tenders.forBids(procurementId);
        QuarkusTransaction.requiringNew().run(() -> {
            Bid bid = ownBid(procurementId, bidId);
            tenders.requireOpenForBids(tender);
            bid.withdraw(clock.now());
        });
    }

    /**
     * A supplier lists its own bids (withdrawn ones included) at any time; after the deadline the officer lists
     * every active bid and an evaluator those they may assess. Before it the officer gets 409 and must use the receipt.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<BidView> list(UUID procurementId, PageRequest page) {
        if (caller.hasRole(Roles.SUPPLIER)) {
            UUID supplierId = callingSupplierId().orElse(null);
            return page(page, "procurementId = ?1 and supplierId = ?2", procurementId, supplierId);
        }
        tenders.opened(procurementId);
        if (caller.hasRole(Roles.OFFICER)) {
            return page(page, "procurementId = ?1 and status = ?2", procurementId, Bid.Status.ACTIVE);
        }
        Evaluator evaluator = evaluators.declaredCaller(procurementId);
        List<UUID> conflicted = evaluator.conflictedSupplierIds.isEmpty() ? List.of(new UUID(0, 0)) : evaluator.conflictedSupplierIds;
        return page(page, "procurementId = ?1 and status = ?2 and supplierId not in ?3", procurementId, Bid.Status.ACTIVE, conflicted);
    }

    private PagedList<BidView> page(PageRequest page, String where, Object... parameters) {
        List<Bid> bids = Bid.<Bid> find(where + " order by submittedAt, id", parameters).page(page.toPage()).list();
        return views(bids, Counts.of(Bid.class, where, parameters));
    }

    /** See {@link #list}: the same rules for one bid; a bid the caller may not see does not exist for them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BidView read(UUID procurementId, UUID bidId) {
        Bid bid = Bid.<Bid> findByIdOptional(bidId).filter(found -> found.procurementId.equals(procurementId))
                .orElseThrow(() -> bidNotFound(bidId));
        if (caller.hasRole(Roles.SUPPLIER)) {
            if (!callingSupplierId().map(bid.supplierId::equals).orElse(false)) {
                throw bidNotFound(bidId);
            }
            return view(bid);
        }
        tenders.opened(procurementId);
        if (!bid.isActive()) {
            throw bidNotFound(bidId);
        }
        if (!caller.hasRole(Roles.OFFICER) && evaluators.declaredCaller(procurementId).conflictedWith(bid.supplierId)) {
            throw bidNotFound(bidId);
        }
        return view(bid);
    }

    /** How many active bids have arrived; the one thing the officer may know before the deadline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BidReceipt receipt(UUID procurementId) {
        PublishedTender tender = tenders.published(procurementId);
        long received = Counts.of(Bid.class, "procurementId = ?1 and status = ?2", procurementId, Bid.Status.ACTIVE);
        return new BidReceipt(procurementId, tender.tenderDeadline(), tenders.sealed(tender), received);
    }

    static URI location(UUID procurementId, UUID bidId) {
        return Locations.of("/api/v1/procurements/{pid}/bids/{bidId}", procurementId, bidId);
    }

    private Bid ownBid(UUID procurementId, UUID bidId) {
        UUID supplierId = callingSupplierId().orElse(null);
        return Bid.<Bid> findByIdOptional(bidId)
                .filter(bid -> bid.procurementId.equals(procurementId) && bid.supplierId.equals(supplierId))
                .orElseThrow(() -> bidNotFound(bidId));
    }

    private Optional<UUID> callingSupplierId() {
        return caller.supplier().flatMap(BidService::uuid);
    }

    private Supplier callingSupplier() {
        return callingSupplierId().flatMap(id -> Supplier.<Supplier> findByIdOptional(id))
                .orElseThrow(() -> Problems
                        .forbidden("The supplier named in your token is not registered; ask the procurement officer to register it"));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private BidView view(Bid bid) {
        return BidView.of(bid, Supplier.<Supplier> findByIdOptional(bid.supplierId).map(s -> s.name).orElse(null));
    }

    private static PagedList<BidView> views(List<Bid> bids, long total) {
        if (bids.isEmpty()) {
            return new PagedList<>(List.of(), total);
        }
        Map<UUID, Supplier> suppliers = Supplier.byId(bids.stream().map(b -> b.supplierId).distinct().toList());
        return new PagedList<>(bids.stream().map(bid -> BidView.of(bid, Optional.ofNullable(suppliers.get(bid.supplierId))
                .map(supplier -> supplier.name).orElse(null))).toList(), total);
    }

    private static RuntimeException bidNotFound(UUID bidId) {
        return Problems.notFound("Bid " + bidId);
    }

    private static RuntimeException alreadyBid(UUID procurementId, UUID existing) {
        return Problems.alreadyExists("An active bid of this supplier for this procurement", location(procurementId, existing));
    }
}
