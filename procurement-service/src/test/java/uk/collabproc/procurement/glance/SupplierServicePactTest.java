package uk.collabproc.procurement.glance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * What the procurement at a glance reads from supplier-service with the officer's token: the ranking (quality, price and
 * total per bid, the outcome) and the weight sensitivity, and the 404 of an unknown procurement. Played through
 * procurement-service's own REST client; supplier-service verifies this pact against its packaged self.
 */
@QuarkusTest
class SupplierServicePactTest {

    @RegisterExtension
    static final ConsumerPact<SupplierServiceApi> PACT = new ConsumerPact<>("procurement-service", "supplier-service",
            SupplierServiceApi.class);

    private static final String PROCUREMENT = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String STATE = "a procurement whose bids are all moderated";
    private static final String OFFICER = "Bearer an-officer-token";

    private static RequestResponsePact ranking() {
        return PactConsumer.readBy(PACT.given(STATE), "a request for the ranking to show at a glance",
                "/api/v1/procurements/${procurementId}/ranking", "/api/v1/procurements/" + PROCUREMENT + "/ranking", OFFICER)
                .body(PactDslJsonArray.arrayMinLike(1)
                        .integerType("rank", 1)
                        .uuid("bidId")
                        .stringType("supplierName", "MLL Telecom Ltd")
                        .numberType("qualityScore", new BigDecimal("40.10"))
                        .numberType("priceScore", new BigDecimal("44.00"))
                        .numberType("totalScore", new BigDecimal("84.10"))
                        .numberType("evaluatedPrice", new BigDecimal("1050000.00"))
                        .stringMatcher("status", "QUALIFIED|DISQUALIFIED|NOT_EVALUABLE", "QUALIFIED")
                        .closeObject())
                .toPact();
    }

    private static RequestResponsePact sensitivity() {
        PactDslJsonBody report = new PactDslJsonBody().stringType("winningSupplierName", "MLL Telecom Ltd");
        report.minArrayLike("weights", 1)
                .stringType("criterionCode", "PRICE")
                .numberType("currentWeight", new BigDecimal("40"))
                .numberType("lowestWeightKeepingWinner", new BigDecimal("32.50"))
                .numberType("highestWeightKeepingWinner", new BigDecimal("55.00"))
                .closeObject()
                .closeArray();
        return PactConsumer.readBy(PACT.given(STATE), "a request for the weight sensitivity to show at a glance",
                "/api/v1/procurements/${procurementId}/sensitivity", "/api/v1/procurements/" + PROCUREMENT + "/sensitivity", OFFICER)
                .body(report)
                .toPact();
    }

    private static RequestResponsePact missingRanking() {
        return PactConsumer.readOfMissing(PACT.given("no procurement"),
                "a request for the ranking to show at a glance of a procurement that does not exist",
                "/api/v1/procurements/" + PactConsumer.MISSING_ID + "/ranking", OFFICER);
    }

    @Test
    void readsTheRankingsScores() {
        List<RankingEntry> ranking = PACT.verify(ranking(), client -> client.ranking(UUID.fromString(PROCUREMENT), OFFICER));
        assertEquals(1, ranking.get(0).rank());
        assertEquals(new BigDecimal("40.10"), ranking.get(0).qualityScore());
        assertEquals(new BigDecimal("44.00"), ranking.get(0).priceScore());
        assertEquals(RankingEntry.Status.QUALIFIED, ranking.get(0).status());
    }

    @Test
    void readsTheWeightSensitivity() {
        SensitivityReport report = PACT.verify(sensitivity(), client -> client.sensitivity(UUID.fromString(PROCUREMENT), OFFICER));
        assertEquals("MLL Telecom Ltd", report.winningSupplierName());
        assertEquals("PRICE", report.weights().get(0).criterionCode());
        assertFalse(
                report.weights().get(0).highestWeightKeepingWinner().compareTo(report.weights().get(0).lowestWeightKeepingWinner()) < 0);
    }

    /** The shared rule (commons Remote): a 404 is an answer, "missing", which the page shows as no ranking. */
    @Test
    void theRankingOfAProcurementThatDoesNotExistIsMissing() {
        Optional<List<RankingEntry>> missing = PACT.verify(missingRanking(), client -> Remote.unlessMissing("supplier-service",
                () -> client.ranking(UUID.fromString(PactConsumer.MISSING_ID), OFFICER)));
        assertTrue(missing.isEmpty());
    }
}
