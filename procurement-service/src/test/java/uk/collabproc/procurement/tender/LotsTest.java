package uk.collabproc.procurement.tender;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.TenderBody;

/**
 * Issue 16, lots: a tender divided into lots prices each approved requirement in one lot, publishes every lot in its
 * notice, and records each lot's award, standstill and contract on its own; a procurement without lots is unchanged.
 */
@QuarkusTest
class LotsTest {

    private static final String CONTRACT_SERVICE = DevTokens.service("contract-service");
    private static final String OTHER_SUPPLIER = "0b7c1e52-9d1e-4c3e-8f6a-2f3d4e5a6b7c";

    private static ValidatableResponse record(String procurement, String what, Map<String, Object> body) {
        return given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(body)
                .post("/api/v1/procurements/" + procurement + "/" + what).then();
    }

    private static ValidatableResponse procurement(String procurement) {
        return given().auth().oauth2(Fixtures.officerOf(procurement)).get("/api/v1/procurements/" + procurement).then().statusCode(200);
    }

    private static ValidatableResponse notices(String procurement) {
        return given().auth().oauth2(DevTokens.supplier("any-supplier")).queryParam("procurementId", procurement)
                .get("/api/v1/notices").then().statusCode(200);
    }

    @Test
    void eachApprovedRequirementIsPricedInItsLotAndEveryLotIsInTheTenderNotice() {
        String procurement = Fixtures.publishedInTwoLots("LOTS-PRICE", "LL1", "LA1", "LP1");

        given().auth().oauth2(DevTokens.supplier("any-supplier")).get("/api/v1/procurements/" + procurement + "/tender").then()
                .statusCode(200)
                .body("lots.number", contains("1", "2"))
                .body("lots[1].weights.PRICE", equalTo(70))
                .body("pricingSchedule.siteCode", contains("LOTS-PRICE-A1", "LOTS-PRICE-A2", "LOTS-PRICE-P1"))
                .body("pricingSchedule.lot", contains("1", "1", "2"));
        given().auth().oauth2(Fixtures.officerOf(procurement)).get("/api/v1/procurements/" + procurement + "/sites").then().statusCode(200)
                .body("lot", contains("1", "1", "2"));
        procurement(procurement).body("status", equalTo("TENDER_OPEN")).body("lots.number", contains("1", "2"))
                .body("lots.status", contains("NOT_AWARDED", "NOT_AWARDED")).body("award", nullValue());

        notices(procurement).body("code", contains("UK4"))
                .body("[0].release.tender.lots.id", contains("1", "2"))
                .body("[0].release.tender.lots.title", contains("Acute and community trust sites", "GP practices and hospices"))
                .body("[0].release.tender.lots.value.amount", contains(900000.00f, 550000.00f))
                .body("[0].release.tender.lots[0].awardCriteria.criteria.numbers.number.flatten()", contains(60, 40))
                .body("[0].release.tender.lots[1].awardCriteria.criteria.numbers.number.flatten()", contains(30, 70));
    }

    @Test
    void aSinglePlacedSiteGoesToItsLotWhateverItsOrganisation() {
        Fixtures.clock("2025-03-03T09:00:00Z");
        Fixtures.organisation("LL2", "ACUTE_TRUST");
        Fixtures.organisation("LA2", "ACUTE_TRUST");
        Fixtures.organisation("LP2", "HOSPICE");
        String procurement = Fixtures.procurement("LOTS-PLACED", "LL2", "2025-03-28T16:00:00Z", "PA_2023");
        Fixtures.member(procurement, "LA2");
        Fixtures.member(procurement, "LP2");
        Fixtures.approvedRequirement(procurement, "LA2", "LOTS-PLACED-A1");
        Fixtures.approvedRequirement(procurement, "LA2", "LOTS-PLACED-CLINIC");
        Fixtures.approvedRequirement(procurement, "LP2", "LOTS-PLACED-P1");
        List<Map<String, Object>> lots = List.of(
                Map.of("number", "1", "title", "Trust sites", "estimatedValue", 900000, "organisations", List.of("LA2")),
                Map.of("number", "2", "title", "Small sites", "estimatedValue", 50000, "organisations", List.of("LP2"),
                        "siteCodes", List.of("LOTS-PLACED-CLINIC")));
        given().auth().oauth2(Fixtures.officerOf(procurement)).contentType(ContentType.JSON)
                .body(TenderBody.tender().withDeadlines("2025-04-17T12:00:00Z", "2025-05-06T12:00:00Z").with("lots", lots).asMap())
                .put("/api/v1/procurements/" + procurement + "/tender").then().statusCode(201)
                .body("pricingSchedule.siteCode", contains("LOTS-PLACED-A1", "LOTS-PLACED-CLINIC", "LOTS-PLACED-P1"))
                .body("pricingSchedule.lot", contains("1", "2", "2"));
    }

    @Test
    void lotsThatBreakTheRulesAreRefusedWithEveryProblemAndNothingSaved() {
        String procurement = Fixtures.readyToPublish("LOTS-BAD", "LL3", "LM3", TenderBody.tender());
        List<Map<String, Object>> bad = List.of(
                Map.of("number", "1", "title", "Trusts", "organisations", List.of("LM3"), "weights", Map.of("Q1", 50, "PRICE", 40)),
                Map.of("number", "3", "title", "", "organisations", List.of("LM3"), "weights", Map.of("Q1", 50)),
                Map.of("number", "4", "title", "Nothing"));
        given().auth().oauth2(Fixtures.officerOf(procurement)).contentType(ContentType.JSON)
                .body(TenderBody.tender().with("lots", bad).withVersion(0).asMap())
                .put("/api/v1/procurements/" + procurement + "/tender").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", containsInAnyOrder("lots[0].weights", "lots[1].number", "lots[1].title", "lots[1].weights",
                        "lots[1].organisations[0]", "lots[2].number", "lots[2]"))
                .body("violations.find { it.field == 'lots[0].weights' }.message", containsString("sum to exactly 100; they sum to 90"))
                .body("violations.find { it.field == 'lots[1].organisations[0]' }.message", containsString("named by lot 1 already"));

        given().auth().oauth2(Fixtures.officerOf(procurement)).contentType(ContentType.JSON)
                .body(TenderBody.tender()
                        .with("lots", List.of(Map.of("number", "1", "title", "Everything", "organisations", List.of("LM3"))))
                        .withVersion(0).asMap())
                .put("/api/v1/procurements/" + procurement + "/tender").then().statusCode(400)
                .body("violations[0].field", equalTo("lots")).body("violations[0].message", containsString("at least two"));

        given().auth().oauth2(Fixtures.officerOf(procurement)).get("/api/v1/procurements/" + procurement + "/tender").then()
                .body("lots", empty()).body("version", equalTo(0));
    }

    @Test
    void publicationRefusesARequirementInNoLotAndALotWithNone() {
        String procurement = Fixtures.readyToPublish("LOTS-GAP", "LL4", "LM4", TenderBody.tender());
        Fixtures.organisation("LQ4", "HOSPICE");
        given().auth().oauth2(Fixtures.officerOf(procurement)).contentType(ContentType.JSON)
                .body(TenderBody.tender().withVersion(0).with("lots", List.of(
                        Map.of("number", "1", "title", "Trusts", "organisations", List.of("LL4")),
                        Map.of("number", "2", "title", "Hospices", "organisations", List.of("LQ4")))).asMap())
                .put("/api/v1/procurements/" + procurement + "/tender").then().statusCode(200)
                .body("pricingSchedule.lot", contains(nullValue()));

        given().auth().oauth2(Fixtures.officerOf(procurement)).post("/api/v1/procurements/" + procurement + "/publish").then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("lots", "lots[0]", "lots[1]"))
                .body("violations.find { it.field == 'lots' }.message", containsString("LOTS-GAP-A (LM4)"));
        procurement(procurement).body("status", equalTo("REQUIREMENTS_GATHERING")).body("lots", empty());
        notices(procurement).header("X-Total-Count", "0");
    }

    @Test
    void eachLotIsAwardedWithItsOwnStandstillAndContractedOnItsOwn() {
        String procurement = Fixtures.publishedInTwoLots("LOTS-AWARD", "LL5", "LA5", "LP5");
        Fixtures.clock("2025-05-07T09:00:00Z");
        UUID lot1 = UUID.randomUUID();
        UUID lot2 = UUID.randomUUID();

        record(procurement, "award-decision", Fixtures.awardDecision(lot1, "2025-05-07", "2025-05-19T23:00:00Z")).statusCode(400)
                .body("violations[0].field", equalTo("lot")).body("violations[0].message", containsString("divided into lots 1, 2"));
        record(procurement, "award-decision", Fixtures.awardDecision(lot1, "2025-05-07", "2025-05-19T23:00:00Z", "3", Fixtures.SUPPLIER_ID))
                .statusCode(400).body("violations[0].field", equalTo("lot"));

        record(procurement, "award-decision", Fixtures.awardDecision(lot1, "2025-05-07", "2025-05-19T23:00:00Z", "1", Fixtures.SUPPLIER_ID))
                .statusCode(200).body("status", equalTo("EVALUATION")).body("lots.status", contains("AWARDED", "NOT_AWARDED"))
                .body("lots[0].award.awardId", equalTo(lot1.toString()))
                .body("lots[0].award.standstillEndsAt", equalTo("2025-05-19T23:00:00Z"));
        // Told again (contract-service's retry): nothing changes, no second notice.
        record(procurement, "award-decision", Fixtures.awardDecision(lot1, "2025-05-07", "2025-05-19T23:00:00Z", "1", Fixtures.SUPPLIER_ID))
                .statusCode(200);
        notices(procurement).body("code", contains("UK4", "UK6"))
                .body("[1].release.awards[0].relatedLots", contains("1"))
                .body("[1].release.awards[0].title", equalTo("Award of LOTS-AWARD, lot 1"))
                .body("[1].release.tender.lots.status", contains("complete", "active"));

        Fixtures.clock("2025-05-09T09:00:00Z");
        record(procurement, "award-decision", Fixtures.awardDecision(lot2, "2025-05-09", "2025-05-21T23:00:00Z", "2", OTHER_SUPPLIER))
                .statusCode(200).body("status", equalTo("AWARDED")).body("lots.status", contains("AWARDED", "AWARDED"))
                .body("lots[1].award.standstillEndsAt", equalTo("2025-05-21T23:00:00Z"));

        // Lot 1's contract while lot 2 is still in its standstill.
        Fixtures.clock("2025-05-20T09:00:00Z");
        UUID contract1 = UUID.randomUUID();
        record(procurement, "contract-conclusion", Fixtures.contractConclusion(lot2, contract1, "2025-05-20", "1")).statusCode(409)
                .body("title", equalTo("Not the recorded award"));
        record(procurement, "contract-conclusion", Fixtures.contractConclusion(lot1, contract1, "2025-05-20", "1")).statusCode(200)
                .body("status", equalTo("AWARDED")).body("lots.status", contains("CONTRACTED", "AWARDED"))
                .body("lots[0].contractId", equalTo(contract1.toString())).body("contractId", nullValue());
        record(procurement, "award-decision", Fixtures.awardDecision(UUID.randomUUID(), "2025-05-20", "2025-06-01T23:00:00Z", "1",
                Fixtures.SUPPLIER_ID)).statusCode(409).body("title", equalTo("Already CONTRACTED"));

        Fixtures.clock("2025-05-23T09:00:00Z");
        UUID contract2 = UUID.randomUUID();
        record(procurement, "contract-conclusion", Fixtures.contractConclusion(lot2, contract2, "2025-05-23", "2")).statusCode(200)
                .body("status", equalTo("CONTRACTED")).body("lots.status", contains("CONTRACTED", "CONTRACTED"));

        notices(procurement).body("code", contains("UK4", "UK6", "UK6", "UK7", "UK7"))
                .body("[2].release.awards[0].relatedLots", contains("2"))
                .body("[3].release.contracts[0].id", equalTo(contract1.toString()))
                .body("[3].release.awards[0].date", equalTo("2025-05-07"))
                .body("[4].release.contracts[0].id", equalTo(contract2.toString()))
                .body("[4].release.awards[0].relatedLots", contains("2"))
                .body("[4].release.awards[0].date", equalTo("2025-05-09"));
    }

    private static ValidatableResponse cancelLot(String procurement, String lot, long version) {
        return given().auth().oauth2(Fixtures.officerOf(procurement)).contentType(ContentType.JSON)
                .body(Map.of("reason", "No bid on the lot qualified", "version", version))
                .post("/api/v1/procurements/" + procurement + "/lots/" + lot + "/cancel").then();
    }

    private static long version(String procurement) {
        return procurement(procurement).extract().<Integer> path("version").longValue();
    }

    @Test
    void aLotWithNoQualifiedBidIsCancelledAndTheOtherLotsGoOn() {
        String procurement = Fixtures.publishedInTwoLots("LOTS-CANCEL", "LL8", "LA8", "LP8");
        Fixtures.clock("2025-05-07T09:00:00Z");
        UUID lot1 = UUID.randomUUID();
        record(procurement, "award-decision", Fixtures.awardDecision(lot1, "2025-05-07", "2025-05-19T23:00:00Z", "1", Fixtures.SUPPLIER_ID))
                .statusCode(200).body("status", equalTo("EVALUATION"));

        cancelLot(procurement, "1", version(procurement)).statusCode(409).body("detail", containsString("Lot 1 is AWARDED"));
        cancelLot(procurement, "3", version(procurement)).statusCode(404);
        cancelLot(procurement, "2", 0).statusCode(409).body("title", equalTo("Stale version"));
        given().auth().oauth2(DevTokens.officer("LA8")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Not mine to cancel", "version", version(procurement)))
                .post("/api/v1/procurements/" + procurement + "/lots/2/cancel").then().statusCode(404);
        // Lot 2 attracted no qualified bid: cancelled, the procurement is AWARDED on lot 1 alone.
        cancelLot(procurement, "2", version(procurement)).statusCode(200).body("status", equalTo("AWARDED"))
                .body("lots.status", contains("AWARDED", "CANCELLED"));
        record(procurement, "award-decision", Fixtures.awardDecision(UUID.randomUUID(), "2025-05-08", "2025-05-20T23:00:00Z", "2",
                OTHER_SUPPLIER)).statusCode(409).body("title", equalTo("Lot cancelled"));

        Fixtures.clock("2025-05-20T09:00:00Z");
        record(procurement, "contract-conclusion", Fixtures.contractConclusion(lot1, UUID.randomUUID(), "2025-05-20", "1")).statusCode(200)
                .body("status", equalTo("CONTRACTED")).body("lots.status", contains("CONTRACTED", "CANCELLED"));
    }

    @Test
    void cancellingEveryLotCancelsTheProcurement() {
        String procurement = Fixtures.publishedInTwoLots("LOTS-CANCEL-ALL", "LL9", "LA9", "LP9");
        cancelLot(procurement, "1", version(procurement)).statusCode(200).body("status", equalTo("TENDER_OPEN"))
                .body("lots.status", contains("CANCELLED", "NOT_AWARDED"));
        cancelLot(procurement, "2", version(procurement)).statusCode(200).body("status", equalTo("CANCELLED"));
        cancelLot(procurement, "2", version(procurement)).statusCode(409);
    }

    @Test
    void aLotIsAwardedOnlyInEvaluation() {
        String procurement = Fixtures.publishedInTwoLots("LOTS-EARLY", "LL6", "LA6", "LP6");
        record(procurement, "award-decision", Fixtures.awardDecision(UUID.randomUUID(), "2025-04-02", "2025-04-14T23:00:00Z", "1",
                Fixtures.SUPPLIER_ID)).statusCode(409).body("detail", containsString("TENDER_OPEN"));
        procurement(procurement).body("lots.status", contains("NOT_AWARDED", "NOT_AWARDED"));
    }

    @Test
    void aProcurementNotDividedRefusesALot() {
        String procurement = Fixtures.publishedProcurement("LOTS-NONE", "LL7", "LM7");
        given().auth().oauth2(DevTokens.supplier("any-supplier")).get("/api/v1/procurements/" + procurement + "/tender").then()
                .body("lots", empty()).body("pricingSchedule.lot", contains(nullValue()));
        Fixtures.clock("2017-11-07T09:00:00Z");
        record(procurement, "award-decision", Fixtures.awardDecision(UUID.randomUUID(), "2017-12-04", "2017-12-15T00:00:00Z", "1",
                Fixtures.SUPPLIER_ID)).statusCode(400).body("violations[0].field", equalTo("lot"))
                .body("violations[0].message", containsString("not divided"));
        procurement(procurement).body("status", equalTo("EVALUATION")).body("lots", empty()).body("award", nullValue());
        notices(procurement).body("code", hasItem("F02")).body("[0].release.tender.lots.id", contains("1"));
    }
}
