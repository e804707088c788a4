package uk.collabproc.procurement.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * Issue 16: every legally required publication is an OCDS release in the feed, published in the transaction of the change
 * it reports, refused with that change when a required field is missing, and made of public data only.
 */
@QuarkusTest
class NoticeResourceTest {

    private static final String PATH = "/api/v1/notices";
    private static final String CONTRACT_SERVICE = DevTokens.service("contract-service");

    private static ValidatableResponse feed(String procurement) {
        return given().auth().oauth2(DevTokens.supplier("any-supplier")).queryParam("procurementId", procurement).get(PATH).then()
                .statusCode(200);
    }

    private static ValidatableResponse record(String procurement, String what, Map<String, Object> body) {
        return given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(body)
                .post("/api/v1/procurements/" + procurement + "/" + what).then();
    }

    /** Nothing of a site reaches a notice: not its code, postcode, legacy product or bandwidth. */
    private static void assertNoSiteDetails(String reference, String notices) {
        for (String siteDetail : List.of(reference + "-A", "PL6 8DH", "N3 Ethernet", "\"siteCode\"", "\"postcode\"",
                "\"bandwidthMbps\"", "\"legacy\"", "\"pricingSchedule\"", "\"lineId\"")) {
            assertFalse(notices.contains(siteDetail), siteDetail + " is in a public notice");
        }
    }

    @Test
    void underPcrThePublicationPublishesTheContractNoticeAndTheConclusionTheContractAwardNotice() {
        String procurement = Fixtures.publishedProcurement("NOTICE-PCR", "NL1", "NM1");

        feed(procurement).header("X-Total-Count", "1").body("noticeType", contains("PCR_CONTRACT_NOTICE"))
                .body("[0].code", equalTo("F02")).body("[0].publishedAt", startsWith("2017-10-02T09:00:00"))
                .body("[0].release.ocid", equalTo("ocds-collabproc-" + procurement))
                .body("[0].release.tender.id", equalTo("NOTICE-PCR"))
                .body("[0].release.tender.description", equalTo(TenderBody.DESCRIPTION))
                .body("[0].release.tender.legalBasis.id", equalTo("2015/102"))
                .body("[0].release.tender.classification.id", equalTo("72720000"))
                .body("[0].release.tender.tenderPeriod.endDate", equalTo(TenderBody.TENDER_DEADLINE))
                .body("[0].release.tender.documents[0].noticeType", equalTo("F02"))
                .body("[0].release.parties.name", contains("Organisation NL1", "Organisation NM1"));

        Fixtures.clock("2017-11-07T09:00:00Z");
        UUID award = UUID.randomUUID();
        record(procurement, "award-decision", Fixtures.awardDecision(award, "2017-12-04", "2017-12-15T00:00:00Z")).statusCode(200);
        feed(procurement).header("X-Total-Count", "1");
        Fixtures.clock("2017-12-20T09:00:00Z");
        UUID contract = UUID.randomUUID();
        record(procurement, "contract-conclusion", Fixtures.contractConclusion(award, contract, "2017-12-20")).statusCode(200);

        String notices = feed(procurement).header("X-Total-Count", "2")
                .body("noticeType", contains("PCR_CONTRACT_NOTICE", "PCR_CONTRACT_AWARD_NOTICE"))
                .body("[1].release.awards[0].suppliers[0].name", equalTo("MLL Telecom Ltd"))
                .body("[1].release.awards[0].date", equalTo("2017-12-04"))
                .body("[1].release.contracts[0].id", equalTo(contract.toString()))
                .body("[1].release.contracts[0].dateSigned", equalTo("2017-12-20"))
                .body("[1].release.contracts[0].value.amount", equalTo(299675.00f))
                .extract().asString();
        assertNoSiteDetails("NOTICE-PCR", notices);
    }

    @Test
    void underTheActTheTenderNoticeAwardNoticeAndContractDetailsNoticeFollowTheProcurement() {
        String procurement = Fixtures.publishedUnderTheAct("NOTICE-PA", "NL2", "NM2");
        feed(procurement).body("code", contains("UK4")).body("[0].release.tender.value.amount", equalTo(1450000.00f))
                .body("[0].release.tender.legalBasis.id", equalTo("2023/54"))
                .body("[0].release.tender.lots[0].awardCriteria.criteria.name", contains("Service design", "Evaluated price"));

        // A decision dated two days on: its award notice is published that day, and is not in the feed before it.
        Fixtures.clock("2025-05-07T09:00:00Z");
        UUID award = UUID.randomUUID();
        record(procurement, "award-decision", Fixtures.awardDecision(award, "2025-05-09", "2025-05-21T23:00:00Z")).statusCode(200);
        feed(procurement).body("code", contains("UK4"));
        // Told again (contract-service's retry): still one award notice.
        record(procurement, "award-decision", Fixtures.awardDecision(award, "2025-05-09", "2025-05-21T23:00:00Z")).statusCode(200);
        Fixtures.clock("2025-05-09T00:30:00Z");
        feed(procurement).body("code", contains("UK4", "UK6")).body("[1].publishedAt", equalTo("2025-05-08T23:00:00Z"))
                .body("[1].release.awards[0].status", equalTo("pending"))
                .body("[1].release.awards[0].standstillPeriod.startDate", equalTo("2025-05-08T23:00:00Z"))
                .body("[1].release.awards[0].standstillPeriod.endDate", equalTo("2025-05-21T23:00:00Z"))
                .body("[1].release.awards[0].value.amount", equalTo(299675.00f));

        Fixtures.clock("2025-05-23T09:00:00Z");
        UUID contract = UUID.randomUUID();
        record(procurement, "contract-conclusion", Fixtures.contractConclusion(award, contract, "2025-05-23")).statusCode(200);
        String notices = feed(procurement).body("code", contains("UK4", "UK6", "UK7"))
                .body("[2].release.contracts[0].period.endDate", equalTo("2030-05-22"))
                .body("[2].release.contracts[0].documents[0].noticeType", equalTo("UK7"))
                .extract().asString();
        assertNoSiteDetails("NOTICE-PA", notices);
        String uk7 = given().auth().oauth2(DevTokens.member("NM2")).queryParam("noticeType", "UK7_CONTRACT_DETAILS_NOTICE")
                .queryParam("procurementId", procurement).get(PATH).then().statusCode(200).header("X-Total-Count", "1")
                .extract().path("[0].id");
        given().auth().oauth2(DevTokens.evaluator("any-evaluator")).get(PATH + "/" + uk7).then().statusCode(200)
                .body("title", equalTo("Contract details notice")).body("release.tag", contains("contract"));
    }

    @Test
    void aTenderWhoseNoticeLacksARequiredFieldIsNotPublished() {
        String procurement = Fixtures.readyToPublish("NOTICE-BARE", "NL3", "NM3", TenderBody.tender().without("description"));

        given().auth().oauth2(Fixtures.officerOf(procurement)).post("/api/v1/procurements/" + procurement + "/publish").then()
                .statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", containsString("Contract notice (F02)"))
                .body("violations.field", contains("description"))
                .body("violations[0].message", containsString("required for the Contract notice (F02)"));

        given().auth().oauth2(Fixtures.officerOf(procurement)).get("/api/v1/procurements/" + procurement).then()
                .body("status", equalTo("REQUIREMENTS_GATHERING"));
        feed(procurement).header("X-Total-Count", "0");
    }

    @Test
    void anAwardDecisionUnderTheActWithoutTheSupplierIsRefusedAndChangesNothing() {
        String procurement = Fixtures.publishedUnderTheAct("NOTICE-NOSUP", "NL4", "NM4");
        Fixtures.clock("2025-05-07T09:00:00Z");
        Map<String, Object> decision = new java.util.HashMap<>(Fixtures.awardDecision(UUID.randomUUID(), "2025-05-07",
                "2025-05-19T23:00:00Z"));
        decision.remove("supplierName");

        record(procurement, "award-decision", decision).statusCode(400)
                .body("detail", containsString("Contract award notice (UK6)")).body("violations.field", hasItem("supplierName"));

        given().auth().oauth2(Fixtures.officerOf(procurement)).get("/api/v1/procurements/" + procurement).then()
                .body("status", equalTo("EVALUATION"));
        feed(procurement).body("code", contains("UK4")).body("code", not(hasItem("UK6")));
    }

    @Test
    void theFeedNeedsAToken() {
        given().get(PATH).then().statusCode(401);
        given().auth().oauth2(DevTokens.supplier("any-supplier")).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(DevTokens.supplier("any-supplier")).queryParam("noticeType", "UK99").get(PATH).then().statusCode(400);
    }
}
