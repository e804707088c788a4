package uk.collabproc.contract.award;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import uk.collabproc.common.security.Caller;
import uk.collabproc.contract.procurement.ProcurementClient;
import uk.collabproc.contract.procurement.ProcurementSummary;
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

    /**
     * Awards the procurement to its rank-1 bid. Refused while the evaluation is incomplete, when no bid
     * qualified or two share first place, and for a second award; when either service cannot be reached the
     * answer is 503 and nothing is stored.
     */
    @Transactional
    public AwardView award(AwardRequest request) {
        UUID procurementId = request.procurementId();
        Optional<Award> existing = Award.find("procurementId", procurementId).firstResultOptional();
        if (existing.isPresent()) {
            throw alreadyAwarded(existing.get().id);
        }
        ProcurementSummary procurement = procurements.procurement(procurementId)
                .orElseThrow(() -> Problems.notFound("Procurement " + procurementId));
        if (!"EVALUATION".equals(procurement.status()) && !"AWARDED".equals(procurement.status())) {
            throw Problems.conflict("Not in evaluation", "Procurement " + procurementId + " is " + procurement.status()
                    + "; an award follows the evaluation of bids received by the tender deadline");
        }
        List<RankingEntry> ranking = suppliers.ranking(procurementId)
                .orElseThrow(() -> Problems.notFound("The bids of procurement " + procurementId));
        RankingEntry winner = winner(ranking);
        // procurement-service learns of the decision first: if storing the award then fails, a retry finds the
        // procurement AWARDED, which it accepts, and stores it.
        procurements.recordAwardDecision(procurementId).orElseThrow(() -> Problems.notFound("Procurement " + procurementId));

        Award award = new Award();
        award.id = UUID.randomUUID();
        award.procurementId = procurementId;
        award.procurementTitle = procurement.title();
        award.procurementReference = procurement.reference();
        award.leadOrganisation = procurement.leadOrganisation();
        award.regime = procurement.regime();
        award.contractTermMonths = procurement.contractTermMonths();
        award.decisionDate = request.decisionDate();
        award.standstillEndsAt = StandstillCalculator.standstillEndsAt(procurement.regime(), request.decisionDate());
        award.winningBidId = winner.bidId();
        award.supplierId = winner.supplierId();
        award.supplierName = winner.supplierName();
        award.evaluatedPrice = winner.evaluatedPrice();
        award.totalScore = winner.totalScore();
        award.status = Award.Status.STANDSTILL;
        award.decidedBy = caller.subject();
        award.createdAt = clock.now();
        // Losing a race leaves this transaction unusable, so the winner is read in a fresh one.
        UniqueKeys.persistUnique(award, () -> alreadyAwarded(QuarkusTransaction.requiringNew()
                .call(() -> Award.<Award>find("procurementId", procurementId).firstResult().id)));
        return AwardView.of(award, clock.now());
    }

    /** The rank-1 bid, once every bid is evaluated and exactly one ranks first. */
    static RankingEntry winner(List<RankingEntry> ranking) {
        long unfinished = ranking.stream().filter(RankingEntry::notEvaluable).count();
        if (unfinished > 0) {
            throw Problems.conflict("Evaluation incomplete", unfinished + " bid(s) still lack a moderated score on some quality criterion");
        }
        List<RankingEntry> first = ranking.stream().filter(RankingEntry::qualified).filter(entry -> Integer.valueOf(1).equals(entry.rank())).toList();
        if (first.isEmpty()) {
            throw Problems.conflict("No qualified bid", "No bid qualified; there is nothing to award");
        }
        if (first.size() > 1) {
            throw Problems.conflict("Tie for first place", first.size() + " bids share first place after every tie-break rule");
        }
        return first.get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<AwardView> list(PageRequest page) {
        var query = Award.<Award>findAll(Sort.by("createdAt").and("id")).page(page.toPage());
        return new PagedList<>(query.list().stream().map(award -> AwardView.of(award, clock.now())).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AwardView> find(UUID id) {
        return Award.<Award>findByIdOptional(id).map(award -> AwardView.of(award, clock.now()));
    }

    public static URI location(UUID id) {
        return Locations.of(PATH + "/{id}", id);
    }

    private static RuntimeException alreadyAwarded(UUID existing) {
        return Problems.alreadyExists("An award for this procurement", location(existing));
    }
}
