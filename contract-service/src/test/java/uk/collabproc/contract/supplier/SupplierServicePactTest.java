package uk.collabproc.contract.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.common.remote.Remote;
import uk.collabproc.testsupport.ConsumerPact;
import uk.collabproc.testsupport.PactConsumer;

import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * What contract-service needs from supplier-service: the ranking (to award) and the winning bid's prices (for the
 * contract's sites and benefits), and the 404 of an unknown procurement. Played through contract-service's own REST client
 * (hence a Quarkus test); supplier-service verifies this pact against its packaged self.
 */
@QuarkusTest
class SupplierServicePactTest {

    @RegisterExtension
    static final ConsumerPact<SupplierServiceApi> PACT = new ConsumerPact<>("contract-service", "supplier-service",
            SupplierServiceApi.class);

    private static final String PROCUREMENT = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String BID = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    private static final String STATE = "a procurement whose bids are all moderated";

    private static RequestResponsePact ranking() {
        return PactConsumer.readBy(PACT.given(STATE), "a request for the ranking",
                "/api/v1/procurements/${procurementId}/ranking", "/api/v1/procurements/" + PROCUREMENT + "/ranking",
                "Bearer an-officer-token")
                .body(PactDslJsonArray.arrayMinLike(1)
                        .integerType("rank", 1)
                        .uuid("bidId", UUID.fromString(BID))
                        .uuid("supplierId")
                        .stringType("supplierName", "MLL Telecom Ltd")
                        .decimalType("totalScore", new BigDecimal("84.10"))
                        .decimalType("evaluatedPrice", new BigDecimal("1050000.00"))
                        .stringMatcher("status", "QUALIFIED|DISQUALIFIED|NOT_EVALUABLE", "QUALIFIED")
                        .closeObject())
                .toPact();
    }

    /** The ranking of the bids on one lot of a tender divided into lots: the award of that lot goes to its rank 1. */
    private static RequestResponsePact lotRanking() {
        return PACT.given("a procurement divided into lots whose bids are all moderated")
                .uponReceiving("a request for the ranking of a lot")
                .method("GET")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/ranking", "/api/v1/procurements/" + PROCUREMENT + "/ranking")
                .query("lot=1")
                .matchHeader("Authorization", "Bearer .+", "Bearer an-officer-token")
                .willRespondWith()
                .status(200)
                .body(PactDslJsonArray.arrayMinLike(1)
                        .integerType("rank", 1)
                        .uuid("bidId", UUID.fromString(BID))
                        .uuid("supplierId")
                        .stringType("supplierName", "MLL Telecom Ltd")
                        .decimalType("totalScore", new BigDecimal("84.10"))
                        .decimalType("evaluatedPrice", new BigDecimal("183000.00"))
                        .stringMatcher("status", "QUALIFIED|DISQUALIFIED|NOT_EVALUABLE", "QUALIFIED")
                        .closeObject())
                .toPact();
    }

    private static RequestResponsePact winningBid() {
        PactDslJsonBody bid = new PactDslJsonBody()
                .uuid("id", UUID.fromString(BID))
                .uuid("supplierId");
        bid.minArrayLike("prices", 1)
                .stringType("lineId", "L-RK9-DERRIFORD")
                .decimalType("oneOff", new BigDecimal("8000.00"))
                .decimalType("annual", new BigDecimal("23000.00"))
                .closeObject()
                .closeArray();
        return PactConsumer.readBy(PACT.given(STATE), "a request for the winning bid",
                "/api/v1/procurements/${procurementId}/bids/${bidId}", "/api/v1/procurements/" + PROCUREMENT + "/bids/" + BID,
                "Bearer an-officer-token")
                .body(bid)
                .toPact();
    }

    private static RequestResponsePact missingRanking() {
        return PactConsumer.readOfMissing(PACT.given("no procurement"),
                "a request for the ranking of a procurement that does not exist",
                "/api/v1/procurements/" + PactConsumer.MISSING_ID + "/ranking", "Bearer an-officer-token");
    }

    @Test
    void readsTheRanking() {
        List<RankingEntry> ranking = PACT.verify(ranking(), client -> client.ranking(UUID.fromString(PROCUREMENT), null,
                "Bearer an-officer-token"));
        assertEquals(1, ranking.get(0).rank());
        assertEquals("MLL Telecom Ltd", ranking.get(0).supplierName());
        assertTrue(ranking.get(0).qualified());
    }

    @Test
    void readsTheRankingOfALot() {
        List<RankingEntry> ranking = PACT.verify(lotRanking(), client -> client.ranking(UUID.fromString(PROCUREMENT), "1",
                "Bearer an-officer-token"));
        assertEquals(1, ranking.get(0).rank());
        assertTrue(ranking.get(0).qualified());
    }

    @Test
    void readsTheWinningBidsPrices() {
        WinningBid bid = PACT.verify(winningBid(), client -> client.bid(UUID.fromString(PROCUREMENT), UUID.fromString(BID),
                "Bearer an-officer-token"));
        assertEquals(UUID.fromString(BID), bid.id());
        assertEquals(new BigDecimal("23000.00"), bid.prices().get(0).annual());
    }

    /** The shared rule (commons Remote): a 404 is an answer, "missing", not a failure. */
    @Test
    void theRankingOfAProcurementThatDoesNotExistIsMissing() {
        Optional<List<RankingEntry>> missing = PACT.verify(missingRanking(), client -> Remote.unlessMissing("supplier-service",
                () -> client.ranking(UUID.fromString(PactConsumer.MISSING_ID), null, "Bearer an-officer-token")));
        assertTrue(missing.isEmpty());
    }
}
