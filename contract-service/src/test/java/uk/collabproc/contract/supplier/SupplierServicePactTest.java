package uk.collabproc.contract.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;

/**
 * What contract-service needs from supplier-service: the ranking (to award) and the winning bid's prices (for the
 * contract's sites and benefits). supplier-service verifies this pact against its packaged self.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "supplier-service", pactVersion = PactSpecVersion.V3)
class SupplierServicePactTest {

    private static final String PROCUREMENT = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String BID = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    private static final String STATE = "a procurement whose bids are all moderated";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Pact(consumer = "contract-service")
    RequestResponsePact ranking(PactDslWithProvider builder) {
        return builder.given(STATE)
                .uponReceiving("a request for the ranking")
                .method("GET")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/ranking", "/api/v1/procurements/" + PROCUREMENT + "/ranking")
                .matchHeader("Authorization", "Bearer .+", "Bearer an-officer-token")
                .willRespondWith()
                .status(200)
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

    @Pact(consumer = "contract-service")
    RequestResponsePact winningBid(PactDslWithProvider builder) {
        PactDslJsonBody bid = new PactDslJsonBody()
                .uuid("id", UUID.fromString(BID))
                .uuid("supplierId");
        bid.minArrayLike("prices", 1)
                .stringType("lineId", "L-RK9-DERRIFORD")
                .decimalType("oneOff", new BigDecimal("8000.00"))
                .decimalType("annual", new BigDecimal("23000.00"))
                .closeObject()
                .closeArray();
        return builder.given(STATE)
                .uponReceiving("a request for the winning bid")
                .method("GET")
                .pathFromProviderState("/api/v1/procurements/${procurementId}/bids/${bidId}",
                        "/api/v1/procurements/" + PROCUREMENT + "/bids/" + BID)
                .matchHeader("Authorization", "Bearer .+", "Bearer an-officer-token")
                .willRespondWith()
                .status(200)
                .body(bid)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "ranking")
    void readsTheRanking(MockServer supplierService) throws Exception {
        List<RankingEntry> ranking = JSON.readValue(get(supplierService, "/api/v1/procurements/" + PROCUREMENT + "/ranking"),
                new TypeReference<List<RankingEntry>>() {
                });
        assertEquals(1, ranking.get(0).rank());
        assertEquals("MLL Telecom Ltd", ranking.get(0).supplierName());
        assertEquals(true, ranking.get(0).qualified());
    }

    @Test
    @PactTestFor(pactMethod = "winningBid")
    void readsTheWinningBidsPrices(MockServer supplierService) throws Exception {
        WinningBid bid = JSON.readValue(get(supplierService, "/api/v1/procurements/" + PROCUREMENT + "/bids/" + BID), WinningBid.class);
        assertEquals(UUID.fromString(BID), bid.id());
        assertEquals(new BigDecimal("23000.00"), bid.prices().get(0).annual());
    }

    private static String get(MockServer server, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getUrl() + path))
                .header("Authorization", "Bearer an-officer-token").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
