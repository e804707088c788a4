package uk.collabproc.supplier.procurement;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;

/**
 * The tender deadline, judged by this service's clock, decides who may do what with bids: before it only the
 * owning supplier touches a bid; from it on bids are opened for evaluation and nobody can change them.
 */
@ApplicationScoped
public class TenderGate {

    @Inject
    ProcurementClient procurements;

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    /**
     * Tenders whose deadline passed a while ago. procurement-service changes a published tender only by extending
     * its deadline, and only before it passes, so such a tender is final; and a published tender is visible to
     * every authenticated caller, so keeping one leaks nothing. Evaluation reads the tender on every score (a
     * 2,000-line schedule), which this spares procurement-service.
     */
    private final Map<UUID, PublishedTender> closedTenders = new ConcurrentHashMap<>();
    private static final int MAX_CLOSED_TENDERS = 256;
    private static final Duration SETTLED_AFTER = Duration.ofMinutes(1);

    /**
     * The published tender, or 404 when there is none the caller may see. An officer acts only for the organisations
     * that run the procurement (its lead partner and co-leads); to any other organisation's officer it does not exist.
     */
    public PublishedTender published(UUID procurementId) {
        PublishedTender tender = tender(procurementId);
        if (caller.hasRole(Roles.OFFICER) && !caller.belongsToLeadOrCoLead(tender.leadOrganisation(), tender.coLeads())) {
            throw Problems.notFound("A published tender for procurement " + procurementId);
        }
        return tender;
    }

    private PublishedTender tender(UUID procurementId) {
        PublishedTender closed = closedTenders.get(procurementId);
        if (closed != null && settled(closed)) {
            return closed;
        }
        PublishedTender tender = procurements.publishedTender(procurementId)
                .orElseThrow(() -> Problems.notFound("A published tender for procurement " + procurementId));
        if (settled(tender)) {
            if (closedTenders.size() >= MAX_CLOSED_TENDERS) {
                closedTenders.clear();
            }
            closedTenders.put(procurementId, tender);
        }
        return tender;
    }

    private boolean settled(PublishedTender tender) {
        return clock.now().isAfter(tender.tenderDeadline().plus(SETTLED_AFTER));
    }

    /** The tender while it still takes bids; 409 once its deadline has passed. */
    public PublishedTender openForBids(UUID procurementId) {
        return requireOpenForBids(forBids(procurementId));
    }

    /** The tender that bids answer, one this service understands, not yet checked against the deadline. */
    public PublishedTender forBids(UUID procurementId) {
        return understood(published(procurementId));
    }

    /** A tender with a value this service does not know cannot be bid on or evaluated: 409 saying which. */
    private static PublishedTender understood(PublishedTender tender) {
        List<String> unknown = tender.unknownValues();
        if (!unknown.isEmpty()) {
            throw Problems.conflict("Tender not supported", "The tender of procurement " + tender.procurementId()
                    + " uses values this version of supplier-service does not know (" + String.join(", ", unknown)
                    + "); it cannot be bid on or evaluated until supplier-service is upgraded");
        }
        return tender;
    }

    /**
     * The same check on a tender read earlier: writes read the tender before their transaction (so that no connection
     * or lock waits on procurement-service) and check the deadline again inside it.
     */
    public PublishedTender requireOpenForBids(PublishedTender tender) {
        if (!sealed(tender)) {
            throw Problems.conflict("Tender closed", "The tender deadline " + tender.tenderDeadline()
                    + " has passed; bids can no longer be submitted, replaced or withdrawn");
        }
        return tender;
    }

    /** The tender once its bids may be opened; 409 while they are sealed. */
    public PublishedTender opened(UUID procurementId) {
        PublishedTender tender = understood(published(procurementId));
        if (sealed(tender)) {
            throw sealedUntil(tender);
        }
        return tender;
    }

    public boolean sealed(PublishedTender tender) {
        return clock.now().isBefore(tender.tenderDeadline());
    }

    public static RuntimeException sealedUntil(PublishedTender tender) {
        return Problems.conflict("Bids are sealed", "Bids for procurement " + tender.procurementId()
                + " are opened at the tender deadline, " + tender.tenderDeadline()
                + "; until then only their number can be read (GET …/bids/receipt)");
    }
}
