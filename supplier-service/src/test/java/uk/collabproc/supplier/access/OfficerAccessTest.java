package uk.collabproc.supplier.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.collabproc.supplier.testing.Bidding.AFTER_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.OFFICER;
import static uk.collabproc.supplier.testing.Bidding.bid;
import static uk.collabproc.supplier.testing.Bidding.bids;
import static uk.collabproc.supplier.testing.Bidding.clock;
import static uk.collabproc.supplier.testing.Bidding.submit;
import static uk.collabproc.supplier.testing.Bidding.supplier;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.testsupport.DevTokens;

/**
 * Issue 17, defects 6 and 1: an officer acts only for the organisations that run the procurement (its lead partner, RK9
 * in the stand-in, and co-leads); the bids, their evaluation and the ranking do not exist for any other officer. And a
 * bidder's assessment summary opens only once an award exists, not on the status alone.
 */
@QuarkusTest
class OfficerAccessTest {

    private static final String STRANGER = DevTokens.officer("ZZ9");

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void anOfficerOfAnotherOrganisationReachesNothingOfTheProcurement() {
        UUID procurement = Bidding.publishedTender();
        UUID supplier = supplier("Access Test Ltd", true);
        UUID bid = submit(procurement, supplier, bid("50000.00", "200000.00"));
        String base = "/api/v1/procurements/" + procurement;
        Bidding.evaluator(procurement, "access-eval");

        as(STRANGER).get(base + "/bids/receipt").then().statusCode(404);
        as(STRANGER).body(Map.of("evaluatorId", "access-intruder", "name", "Intruder")).post(base + "/evaluators").then().statusCode(404);
        as(STRANGER).get(base + "/evaluators").then().statusCode(404);
        as(STRANGER).get(base + "/evaluators/access-eval").then().statusCode(404);
        clock(AFTER_DEADLINE);
        as(STRANGER).get(bids(procurement)).then().statusCode(404);
        as(STRANGER).get(bids(procurement) + "/" + bid).then().statusCode(404);
        as(STRANGER).get(base + "/evaluation").then().statusCode(404);
        as(STRANGER).get(base + "/ranking").then().statusCode(404);
        as(STRANGER).get(base + "/sensitivity").then().statusCode(404);
        as(STRANGER).get(bids(procurement) + "/" + bid + "/assessment-summary").then().statusCode(404);
        as(STRANGER).body(Map.of("score", 4, "rationale", "Hijack")).put(bids(procurement) + "/" + bid + "/moderated-scores/Q1")
                .then().statusCode(404);
        as(STRANGER).body(Map.of("outcome", "REJECTED", "explanation", "Hijack"))
                .put(bids(procurement) + "/" + bid + "/abnormally-low-review")
                .then().statusCode(404);

        // Nothing changed, and the procurement's own officer sees it all.
        as(OFFICER).get(base + "/evaluators").then().statusCode(200).body("evaluatorId", org.hamcrest.Matchers.contains("access-eval"));
        as(OFFICER).get(base + "/evaluation").then().statusCode(200).body("bids", hasSize(1))
                .body("bids[0].quality.find { it.criterionCode == 'Q1' }.moderated", org.hamcrest.Matchers.nullValue())
                .body("bids[0].abnormallyLowReview", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aCoLeadsOfficerRunsTheProcurementToo() {
        UUID procurement = UUID.randomUUID();
        Map<String, Object> tender = Bidding.tender(procurement);
        tender.put("coLeads", List.of("RH8"));
        Bidding.publish(tender);
        as(DevTokens.officer("RH8")).get("/api/v1/procurements/" + procurement + "/bids/receipt").then().statusCode(200)
                .body("bidsReceived", equalTo(0));
    }

    @Test
    void theSummaryStaysClosedWhileNoAwardIsNamed() {
        UUID procurement = Bidding.publishedTender();
        UUID supplier = supplier("Summary Test Ltd", true);
        UUID bid = submit(procurement, supplier, bid("50000.00", "200000.00"));
        clock(AFTER_DEADLINE);
        Bidding.moderate(procurement, bid, 4, 3, 5);
        String summary = bids(procurement) + "/" + bid + "/assessment-summary";
        // A status of AWARDED with no award behind it (as any officer could once set it) does not open the summary.
        Bidding.procurementAnswer(procurement, Map.of("id", procurement.toString(), "title", "Devon HSCN", "reference", "DEV-HSCN",
                "regime", "PCR_2015", "status", "AWARDED"));
        as(Bidding.supplierToken(supplier)).get(summary).then().statusCode(409).body("title", equalTo("Not yet awarded"));
        Bidding.procurementStatus(procurement, "AWARDED");
        as(Bidding.supplierToken(supplier)).get(summary).then().statusCode(200);
    }
}
