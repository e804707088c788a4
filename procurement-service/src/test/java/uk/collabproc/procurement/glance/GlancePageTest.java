package uk.collabproc.procurement.glance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.common.page.PageSession;
import uk.collabproc.procurement.Fixtures;
import uk.collabproc.procurement.testing.FakeNeighbours;
import uk.collabproc.testsupport.DevTokens;

/**
 * The procurement at a glance as each persona sees it, signed in by the session cookie as a browser is: the API's
 * access rules hold on the page, and a neighbour that cannot answer costs its section only.
 */
@QuarkusTest
@QuarkusTestResource(FakeNeighbours.class)
class GlancePageTest {

    private static final String AFTER_DEADLINE = "2017-11-07T09:00:00Z";

    private static ValidatableResponse page(String token, String procurementId) {
        return given().redirects().follow(false).cookie(PageSession.COOKIE, token).get("/dashboard/procurements/" + procurementId).then();
    }

    @Test
    void anAnonymousPersonIsSentToSignInAndBackToThePage() {
        String id = UUID.randomUUID().toString();
        given().redirects().follow(false).get("/dashboard/procurements/" + id).then()
                .statusCode(303)
                .header("Location", allOf(containsString("/sign-in?next="), containsString("%2Fdashboard%2Fprocurements%2F" + id)));
    }

    @Test
    void theStartPageListsTheProcurementsEachLinkedToItsPage() {
        given().redirects().follow(false).get("/dashboard").then().statusCode(303).header("Location",
                equalTo("/sign-in?next=%2Fdashboard"));
        String procurement = Fixtures.publishedProcurement("GL-INDEX", "GLI", "GLJ");
        given().cookie(PageSession.COOKIE, DevTokens.officer("GLI")).get("/dashboard").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("href=\"/dashboard/procurements/" + procurement + "\">GL-INDEX<"));
    }

    @Test
    void anOfficerSeesTheTimelineAndTheDemandButNoRankingBeforeTheTenderDeadline() {
        String procurement = Fixtures.publishedProcurement("GL-OFFICER", "GLL", "GLA");
        page(DevTokens.officer("GLL"), procurement)
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-store")
                .body(containsString("Timeline from requirements to contract"), containsString("<svg"),
                        containsString("Tender deadline (legal), 6 Nov 2017"), containsString("Today, 2 Oct 2017"),
                        containsString("Demand per organisation"), containsString("Organisation GLA (GLA)"), containsString("1,000 Mbps"),
                        containsString("£31,000"), containsString("officer-gll"), containsString("action=\"/sign-in/out\""),
                        containsString("/q/swagger-ui/#/Evaluation/evaluationRanking"))
                .body(not(containsString("id=\"ranking\"")), containsString("The ranking opens at the tender deadline"));
        assertTrue(FakeNeighbours.requests(FakeNeighbours.SUPPLIER).stream().noneMatch(call -> call.contains(procurement)),
                "nobody reads a bid or a ranking before the tender deadline");
    }

    @Test
    void aMemberSeesItsOwnOrganisationsDemandOnly() {
        String procurement = Fixtures.publishedProcurement("GL-MEMBERS", "GML", "GMA");
        // A second member with demand of its own, which GMA must not see.
        Fixtures.clock("2017-08-01T09:00:00Z");
        String second = Fixtures.procurement("GL-MEMBERS-2", "GML", "2017-09-29T16:00:00Z");
        Fixtures.organisation("GMB", "HOSPICE");
        Fixtures.member(second, "GMA");
        Fixtures.member(second, "GMB");
        Fixtures.registerSite("GMB", Fixtures.site("GMB-1", "TQ2 7AA", false, false, "2345.00"));
        Fixtures.submit(second, "GMB", Fixtures.draftRequirement(second, "GMB", "GMB-1", 100));
        Fixtures.registerSite("GMA", Fixtures.site("GMA-2", "PL6 8DH", false, false, "4000.00"));
        Fixtures.submit(second, "GMA", Fixtures.draftRequirement(second, "GMA", "GMA-2", 200));

        page(DevTokens.member("GMA"), second).statusCode(200)
                .body(containsString("Your organisation only (GMA)"), containsString("Organisation GMA (GMA)"), containsString("£4,000"))
                .body(not(containsString("GMB")), not(containsString("£2,345")), not(containsString("All members")));
        page(DevTokens.member("GMA"), procurement).statusCode(200).body(containsString("£31,000"));
        page(DevTokens.member("GMX"), second).statusCode(200)
                .body(containsString("is not a member of this procurement"), not(containsString("GMA (GMA)")));
    }

    @Test
    void anotherOrganisationsOfficerGetsANotFoundPage() {
        String procurement = Fixtures.publishedProcurement("GL-FOREIGN", "GFL", "GFA");
        page(DevTokens.officer("GFZ"), procurement)
                .statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("not yours to see"), not(containsString("Timeline")), not(containsString("GFA")));
        page(DevTokens.officer("GFZ"), "not-a-uuid").statusCode(404).contentType(startsWith("text/html"));
    }

    @Test
    void aSupplierDoesNotSeeAProcurementBeforeItIsPublished() {
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation("GSL", "ACUTE_TRUST");
        String procurement = Fixtures.procurement("GL-UNPUBLISHED", "GSL", "2017-09-29T16:00:00Z");
        page(DevTokens.supplier("gl-supplier"), procurement).statusCode(404).contentType(startsWith("text/html"));
        String published = Fixtures.publishedProcurement("GL-SUPPLIER", "GSL", "GSA");
        page(DevTokens.supplier("gl-supplier"), published).statusCode(200)
                .body(containsString("Timeline from requirements to contract"), not(containsString("Demand per organisation")),
                        not(containsString("The ranking")), not(containsString("GSA")));
    }

    @Test
    void afterTheDeadlineTheOfficerSeesTheRankingAndSensitivityReadWithItsOwnToken() {
        String procurement = Fixtures.publishedProcurement("GL-RANKED", "GRL", "GRA");
        Fixtures.clock(AFTER_DEADLINE);
        String path = "/api/v1/procurements/" + procurement;
        FakeNeighbours.stub(FakeNeighbours.SUPPLIER, path + "/ranking", List.of(
                entry(1, "MLL Telecom Ltd", "40.10", "44.00", "84.10", "QUALIFIED", List.of()),
                entry(2, "Supplier B Ltd", "45.00", "35.00", "80.00", "QUALIFIED", List.of()),
                entry(null, "Not A CN-SP Ltd", null, null, null, "DISQUALIFIED", List.of("Not a CN-SP: not compliant"))));
        FakeNeighbours.stub(FakeNeighbours.SUPPLIER, path + "/sensitivity", Map.of("procurementId", procurement, "winningBidId",
                UUID.randomUUID().toString(), "winningSupplierName", "MLL Telecom Ltd", "weights", List.of(Map.of("criterionCode", "PRICE",
                        "currentWeight", 40, "lowestWeightKeepingWinner", 32.5, "highestWeightKeepingWinner", 55))));
        String officer = DevTokens.officer("GRL");
        page(officer, procurement).statusCode(200)
                .body(containsString("id=\"ranking\""), containsString("MLL Telecom Ltd"), containsString("total 84.10"),
                        containsString("Not A CN-SP Ltd"), containsString("Not a CN-SP: not compliant"),
                        containsString("Weight sensitivity"), containsString("now 40 %; holds 32.5 %–55 %"));
        assertEquals("Bearer " + officer, FakeNeighbours.authorization(FakeNeighbours.SUPPLIER, path + "/ranking"),
                "the page passes the signed-in officer's own token on");
    }

    @Test
    void aTenderDividedIntoLotsPointsTheOfficerToEachLotsRanking() {
        String procurement = Fixtures.publishedInTwoLots("GL-LOTS", "GLT", "GLA", "GLP");
        Fixtures.clock("2025-05-07T09:00:00Z");
        page(DevTokens.officer("GLT"), procurement).statusCode(200)
                .body(not(containsString("id=\"ranking\"")), containsString("The tender is divided into 2 lots, each ranked on its own"),
                        containsString("/ranking?lot=2"));
    }

    @Test
    void whenSupplierServiceCannotAnswerThePageStillRendersAndSaysSo() {
        String procurement = Fixtures.publishedProcurement("GL-OUTAGE", "GOL", "GOA");
        Fixtures.clock(AFTER_DEADLINE);
        FakeNeighbours.outage(FakeNeighbours.SUPPLIER);
        try {
            page(DevTokens.officer("GOL"), procurement).statusCode(200)
                    .body(containsString("Timeline from requirements to contract"), containsString("Demand per organisation"),
                            containsString("The ranking is unavailable right now: supplier-service cannot answer just now"));
        } finally {
            FakeNeighbours.recovery(FakeNeighbours.SUPPLIER);
        }
    }

    @Test
    void onceContractedTheAwardStandstillAndBenefitsShowWithALinkToTheMigrationDashboard() {
        String procurement = Fixtures.publishedProcurement("GL-CONTRACT", "GCL", "GCA");
        Fixtures.clock(AFTER_DEADLINE);
        String award = UUID.randomUUID().toString();
        String contract = UUID.randomUUID().toString();
        String service = DevTokens.service("contract-service");
        given().auth().oauth2(service).contentType("application/json")
                .body(Fixtures.awardDecision(award, "2017-12-04", "2017-12-15T00:00:00Z"))
                .post("/api/v1/procurements/" + procurement + "/award-decision").then().statusCode(200);
        Fixtures.clock("2017-12-18T09:00:00Z");
        given().auth().oauth2(service).contentType("application/json").body(Fixtures.contractConclusion(award, contract, "2017-12-18"))
                .post("/api/v1/procurements/" + procurement + "/contract-conclusion").then().statusCode(200);
        FakeNeighbours.stub(FakeNeighbours.CONTRACT, "/api/v1/contracts/" + contract + "/benefits", Map.of("contractTermMonths", 60,
                "organisations", List.of(benefit("GCA", "31000.00", "23000.00")), "total", benefit(null, "31000.00", "23000.00")));
        page(DevTokens.officer("GCL"), procurement).statusCode(200)
                .body(containsString("Award decision on <strong>4 Dec 2017</strong>"), containsString("The standstill has ended."),
                        containsString("Benefits per organisation"), containsString("Organisation GCA (GCA)"), containsString("£23,000"),
                        containsString("£3,100.00 → £23.00"), containsString("/dashboard/contracts/" + contract),
                        containsString("#/Benefits/benefitsGet"));

        FakeNeighbours.outage(FakeNeighbours.CONTRACT);
        try {
            page(DevTokens.member("GCA"), procurement).statusCode(200)
                    .body(containsString("The benefits is unavailable right now"), containsString("Award decision on"));
        } finally {
            FakeNeighbours.recovery(FakeNeighbours.CONTRACT);
        }
    }

    private static Map<String, Object> entry(Integer rank, String supplier, String quality, String price, String total, String status,
            List<String> reasons) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("rank", rank);
        entry.put("bidId", UUID.randomUUID().toString());
        entry.put("supplierId", UUID.randomUUID().toString());
        entry.put("supplierName", supplier);
        entry.put("qualityScore", quality == null ? null : new BigDecimal(quality));
        entry.put("priceScore", price == null ? null : new BigDecimal(price));
        entry.put("totalScore", total == null ? null : new BigDecimal(total));
        entry.put("evaluatedPrice", new BigDecimal("1050000.00"));
        entry.put("status", status);
        entry.put("reasons", reasons);
        entry.put("abnormallyLow", false);
        return entry;
    }

    private static Map<String, Object> benefit(String odsCode, String legacy, String annual) {
        Map<String, Object> benefit = new HashMap<>();
        benefit.put("odsCode", odsCode);
        benefit.put("sites", 1);
        benefit.put("legacyAnnualCost", new BigDecimal(legacy));
        benefit.put("newAnnualCost", new BigDecimal(annual));
        benefit.put("annualSaving", new BigDecimal(legacy).subtract(new BigDecimal(annual)));
        benefit.put("annualSavingPercent", new BigDecimal("25.8"));
        benefit.put("bandwidthBeforeMbps", 10);
        benefit.put("bandwidthAfterMbps", 1000);
        benefit.put("bandwidthRatio", new BigDecimal("100.0"));
        benefit.put("legacyCostPerMbps", new BigDecimal(legacy).divide(BigDecimal.TEN));
        benefit.put("newCostPerMbps", new BigDecimal(annual).divide(new BigDecimal("1000")));
        benefit.put("termSaving", new BigDecimal("32000.00"));
        return benefit;
    }
}
