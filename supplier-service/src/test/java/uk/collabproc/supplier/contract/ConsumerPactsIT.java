package uk.collabproc.supplier.contract;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.testsupport.PackagedProvider;
import uk.collabproc.testsupport.ServiceProcess;
import uk.collabproc.testsupport.StubService;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * Verifies the pacts of supplier-service's consumers (pacts/ at the root) against the packaged service, run as a
 * process. It reads tenders from a stand-in procurement-service; provider states are set up through the public API.
 */
@Provider("supplier-service")
@PactFolder("../pacts")
class ConsumerPactsIT extends PackagedProvider {

    private static StubService procurementService;

    @BeforeAll
    static void startTheService() throws Exception {
        procurementService = new StubService();
        // Bidding finds the stand-in through this property, as it does in the @QuarkusTests.
        System.setProperty("quarkus.rest-client.procurement-service.url", procurementService.baseUri());
        start(ServiceProcess.ofThisModule("supplier-service")
                .withProperty("quarkus.rest-client.procurement-service.url", procurementService.baseUri()));
    }

    @AfterAll
    static void stopTheStandIn() {
        procurementService.stop();
    }

    /** Only officers read what supplier-service's consumers read: the ranking and the winning bid. */
    @Override
    protected String tokenFor(String exampleHeader) {
        if (!exampleHeader.contains("officer")) {
            throw new IllegalArgumentException("The pact's example token names no persona this provider knows: " + exampleHeader);
        }
        return Bidding.OFFICER;
    }

    /** Nothing to set up: the consumer asks for an id that no procurement has. */
    @State("no procurement")
    void noProcurement() {
    }

    /** The worked example of docs/domain.md#worked-example: two bids, both moderated, A ranked first. */
    @State("a procurement whose bids are all moderated")
    Map<String, Object> aModeratedProcurement() {
        UUID procurement = Bidding.publishedTender();
        UUID a = Bidding.submit(procurement, Bidding.supplier("Pact A Ltd", true), Bidding.bid("50000.00", "200000.00"));
        UUID b = Bidding.submit(procurement, Bidding.supplier("Pact B Ltd", true), Bidding.bid("100000.00", "180000.00"));
        Bidding.clock(Bidding.AFTER_DEADLINE);
        Bidding.moderate(procurement, a, 4, 3, 5);
        Bidding.moderate(procurement, b, 3, 4, 3);
        return Map.of("procurementId", procurement.toString(), "bidId", a.toString());
    }

    /** The worked example divided into two lots: one bid on lot 1, one on lots 1 and 2, both moderated. */
    @State("a procurement divided into lots whose bids are all moderated")
    Map<String, Object> aModeratedProcurementInLots() {
        UUID procurement = Bidding.publishedDividedTender();
        UUID a = Bidding.submit(procurement, Bidding.supplier("Pact Lot A Ltd", true), Bidding.bidOnLots(List.of("1"),
                List.of(Bidding.price("L-A", "50000.00", "200000.00"), Bidding.price("L-B", "0.00", "0.00"))));
        UUID b = Bidding.submit(procurement, Bidding.supplier("Pact Lot B Ltd", true), Bidding.bidOnLots(List.of("1", "2"),
                List.of(Bidding.price("L-A", "100000.00", "180000.00"), Bidding.price("L-B", "0.00", "0.00"),
                        Bidding.price("L-C", "10000.00", "20000.00"))));
        Bidding.clock(Bidding.AFTER_DEADLINE);
        Bidding.moderate(procurement, a, 4, 3, 5);
        Bidding.moderate(procurement, b, 3, 4, 3);
        return Map.of("procurementId", procurement.toString(), "bidId", a.toString());
    }
}
