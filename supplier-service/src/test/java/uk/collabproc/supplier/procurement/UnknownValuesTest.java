package uk.collabproc.supplier.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.supplier.testing.FakeProcurementService;

/**
 * Issue 10: values read from procurement-service are enums that tolerate what supplier-service does not know yet (a new
 * regime, criterion kind, price formula or status): the answer is still read, the value is UNKNOWN, and bidding and
 * evaluation refuse such a tender clearly instead of failing with 500 or guessing.
 */
@QuarkusTest
@QuarkusTestResource(FakeProcurementService.class)
class UnknownValuesTest {

    /** A published tender with a regime, a price formula and a criterion kind of a later version of procurement-service. */
    @SuppressWarnings("unchecked")
    private static UUID unsupportedTender() {
        UUID procurement = UUID.randomUUID();
        Map<String, Object> tender = Bidding.tender(procurement);
        tender.put("regime", "PA_2031");
        tender.put("priceFormula", "LOWEST_PRICE_SQUARED");
        List<Map<String, Object>> criteria = new java.util.ArrayList<>((List<Map<String, Object>>) tender.get("criteria"));
        Map<String, Object> social = new HashMap<>(criteria.get(2));
        social.put("kind", "SOCIAL_VALUE");
        criteria.set(2, social);
        tender.put("criteria", criteria);
        Bidding.publish(tender);
        return procurement;
    }

    @Test
    void aBidOnATenderWithUnknownValuesIsRefusedNamingThem() {
        UUID procurement = unsupportedTender();
        UUID supplier = Bidding.supplier("Early Bidder Ltd", true);

        Bidding.clock(Bidding.BEFORE_DEADLINE);
        given().auth().oauth2(Bidding.supplierToken(supplier)).contentType(ContentType.JSON).body(Bidding.bid("1.00", "2.00"))
                .post(Bidding.bids(procurement)).then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Tender not supported"))
                .body("detail", containsString("regime, priceFormula, criteria[2].kind"));
    }

    @Test
    void theReceiptOfATenderWithUnknownValuesStillAnswers() {
        UUID procurement = unsupportedTender();

        // What does not depend on those values still works: the officer sees how many bids have arrived.
        Bidding.clock(Bidding.BEFORE_DEADLINE);
        given().auth().oauth2(Bidding.OFFICER).get("/api/v1/procurements/" + procurement + "/bids/receipt").then().statusCode(200);
    }

    @Test
    void theRankingOfATenderWithUnknownValuesIsRefused() {
        UUID procurement = unsupportedTender();

        Bidding.clock(Bidding.AFTER_DEADLINE);
        given().auth().oauth2(Bidding.OFFICER).get("/api/v1/procurements/" + procurement + "/ranking").then().statusCode(409)
                .body("title", equalTo("Tender not supported"));
    }

    @Test
    void unknownValuesReadAsUnknownInsteadOfFailingTheWholeAnswer() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        ProcurementSummary summary = json.readValue("""
                {"id":"5d2e8a10-4c3b-4f7e-8a9d-0e1f2a3b4c5d","regime":"PA_2031","status":"SUSPENDED",
                 "award":{"awardId":"7a1c9e42-5b6d-4e8f-9a0b-1c2d3e4f5a6b"}}""", ProcurementSummary.class);
        assertEquals(PublishedTender.Regime.UNKNOWN, summary.regime());
        assertEquals(ProcurementSummary.Status.UNKNOWN, summary.status());
        assertFalse(summary.awarded(), "a status this service does not know does not open the assessment summaries");
        assertEquals(PublishedTender.TieBreak.UNKNOWN, json.readValue("\"COIN_TOSS\"", PublishedTender.TieBreak.class));
    }
}
