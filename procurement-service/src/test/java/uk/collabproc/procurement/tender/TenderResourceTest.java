package uk.collabproc.procurement.tender;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static uk.collabproc.testsupport.bodies.TenderBody.criterion;
import static uk.collabproc.testsupport.bodies.TenderBody.workedExample;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.TenderBody;

@QuarkusTest
class TenderResourceTest {

    private static final String OFFICER = DevTokens.officer("TNL");
    private static final String MEMBER = DevTokens.member("TNM");
    private static final String SUPPLIER = DevTokens.supplier("s-tender");

    /** A procurement with one approved and one submitted requirement, in August 2017. */
    private record Prepared(String procurement, String approved, String submitted) {
        String path() {
            return "/api/v1/procurements/" + procurement;
        }
    }

    @BeforeEach
    void august2017() {
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation("TNL", "ACUTE_TRUST");
        Fixtures.organisation("TNM", "COMMUNITY_TRUST");
    }

    private static Prepared prepare(String reference) {
        String procurement = Fixtures.procurement(reference, "TNL", "2017-09-29T16:00:00Z");
        Fixtures.member(procurement, "TNM");
        Fixtures.registerSite("TNM", Fixtures.site(reference + "-A", "TQ2 7AA", false, true, "5000.00"));
        Fixtures.registerSite("TNM", Fixtures.site(reference + "-B", "TQ5 9AB", false, false, "1200.00"));
        String approved = Fixtures.draftRequirement(procurement, "TNM", reference + "-A", 1000);
        String submitted = Fixtures.draftRequirement(procurement, "TNM", reference + "-B", 100);
        Fixtures.submit(procurement, "TNM", approved);
        Fixtures.submit(procurement, "TNM", submitted);
        Fixtures.approve(procurement, approved);
        return new Prepared(procurement, approved, submitted);
    }

    @Test
    void theOfficerDefinesTheTenderWithDefaultsAndOnlyApprovedRequirementsArePriced() {
        Prepared prepared = prepare("TN-DEFINE");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(workedExample().asMap())
                .when().put(prepared.path() + "/tender")
                .then().statusCode(201)
                .body("scaleMax", equalTo(5))
                .body("priceFormula", equalTo("LOWEST_PRICE_RATIO"))
                .body("abnormallyLowPercent", equalTo(20))
                .body("discrepancyPoints", equalTo(2))
                .body("tieBreak", contains("HIGHER_QUALITY", "LOWER_PRICE"))
                .body("contractTermMonths", equalTo(60))
                .body("published", equalTo(false))
                .body("pricingSchedule", hasSize(1))
                .body("pricingSchedule[0].lineId", equalTo("L-TN-DEFINE-A"))
                .body("pricingSchedule[0].odsCode", equalTo("TNM"))
                .body("pricingSchedule[0].bandwidthMbps", equalTo(1000));
    }

    @Test
    void anUnpublishedTenderIsHiddenFromMembersAndSuppliers() {
        Prepared prepared = prepare("TN-UNPUBLISHED");
        putTender(prepared);

        given().auth().oauth2(MEMBER).when().get(prepared.path() + "/tender").then().statusCode(404);
        given().auth().oauth2(SUPPLIER).when().get(prepared.path() + "/tender").then().statusCode(404);
    }

    @Test
    void aMemberCannotDefineTheTender() {
        Prepared prepared = prepare("TN-MEMBER");
        putTender(prepared);

        given().auth().oauth2(MEMBER).contentType(ContentType.JSON)
                .body(workedExample().asMap())
                .when().put(prepared.path() + "/tender").then().statusCode(403);
    }

    @Test
    void anInvalidTenderIsRefusedWithEveryReasonAndNothingIsSaved() {
        Prepared prepared = prepare("TN-INVALID");
        Map<String, Object> tender = workedExample().withDeadlines("2017-11-07T12:00:00Z", "2017-08-20T12:00:00Z")
                .withCriterion(1, criterion("Q1", "Duplicate", "QUALITY", 25, 9))
                .withCriterion(4, criterion("CNSP", "CN-SP", "PASS_FAIL", 5)).asMap();

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(tender)
                .when().put(prepared.path() + "/tender")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("criteria[1].code", "criteria[1].minimumScore",
                        "criteria[4].weight", "criteria", "tenderDeadline", "clarificationDeadline"));

        given().auth().oauth2(OFFICER).when().get(prepared.path() + "/tender").then().statusCode(404);
    }

    @Test
    void changesToASavedTenderNeedTheCurrentVersion() {
        Prepared prepared = prepare("TN-VERSION");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(workedExample().asMap()).put(prepared.path() + "/tender")
                .then().statusCode(201);

        TenderBody changed = workedExample().with("priceFormula", "MEAN_RELATIVE");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(changed.asMap())
                .when().put(prepared.path() + "/tender").then().statusCode(400).body("violations.field", contains("version"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(changed.withVersion(7).asMap())
                .when().put(prepared.path() + "/tender").then().statusCode(409);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(changed.withVersion(0).asMap())
                .when().put(prepared.path() + "/tender")
                .then().statusCode(200).body("priceFormula", equalTo("MEAN_RELATIVE")).body("version", equalTo(1));
    }

    private static void putTender(Prepared prepared) {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(workedExample().asMap()).put(prepared.path() + "/tender")
                .then().statusCode(201);
    }

    private static void returnSubmitted(Prepared prepared, String reason) {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(prepared.path() + "/requirements/" + prepared.submitted() + "/return").then().statusCode(200);
    }

    /** Prepared, the tender saved, every requirement decided, and published on 2 October 2017. */
    private static Prepared published(String reference) {
        Prepared prepared = prepare(reference);
        putTender(prepared);
        returnSubmitted(prepared, "Duplicate");
        Fixtures.clock("2017-10-02T09:00:00Z");
        given().auth().oauth2(OFFICER).post(prepared.path() + "/publish").then().statusCode(200);
        return prepared;
    }

    @Test
    void publishingWithoutATenderIsAConflict() {
        Prepared prepared = prepare("TN-PUB-NONE");

        given().auth().oauth2(OFFICER).when().post(prepared.path() + "/publish")
                .then().statusCode(409).body("title", equalTo("No tender"));
    }

    @Test
    void publishingWaitsForADecisionOnEveryRequirement() {
        Prepared prepared = prepare("TN-PUB-WAIT");
        putTender(prepared);
        Fixtures.clock("2017-10-02T09:00:00Z");

        given().auth().oauth2(OFFICER).when().post(prepared.path() + "/publish")
                .then().statusCode(409).body("title", equalTo("Requirements await a decision"));
    }

    @Test
    void aSupplierCannotPublish() {
        Prepared prepared = prepare("TN-PUB-SUPPLIER");
        putTender(prepared);
        Fixtures.clock("2017-10-02T09:00:00Z");

        given().auth().oauth2(SUPPLIER).when().post(prepared.path() + "/publish").then().statusCode(403);
    }

    @Test
    void publishingOnceEveryRequirementIsDecidedOpensTheCompetition() {
        Prepared prepared = prepare("TN-PUBLISH");
        putTender(prepared);
        Fixtures.clock("2017-10-02T09:00:00Z");
        returnSubmitted(prepared, "Not needed: covered by the main site");

        given().auth().oauth2(OFFICER).when().post(prepared.path() + "/publish")
                .then().statusCode(200).body("published", equalTo(true))
                .body("publishedAt", org.hamcrest.Matchers.startsWith("2017-10-02"));
        given().auth().oauth2(SUPPLIER).when().get(prepared.path())
                .then().statusCode(200).body("status", equalTo("TENDER_OPEN")).body("tenderDeadline", equalTo("2017-11-06T12:00:00Z"));
    }

    @Test
    void thePublishedTenderIsReadBySuppliersAndMembersPricingOnlyApprovedRequirements() {
        Prepared prepared = published("TN-PUB-READ");

        given().auth().oauth2(SUPPLIER).when().get(prepared.path() + "/tender")
                .then().statusCode(200).body("pricingSchedule.lineId", contains("L-TN-PUB-READ-A"));
        given().auth().oauth2(MEMBER).when().get(prepared.path() + "/tender").then().statusCode(200);
    }

    @Test
    void oncePublishedTheTenderTheRequirementsAndThePublicationAreFixed() {
        Prepared prepared = published("TN-PUB-FIXED");

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(workedExample().withDeadlines("2017-10-20T12:00:00Z", "2017-11-07T12:00:00Z").withVersion(0).asMap())
                .when().put(prepared.path() + "/tender").then().statusCode(409);
        given().auth().oauth2(MEMBER).post(prepared.path() + "/requirements/" + prepared.submitted() + "/submit").then().statusCode(409);
        given().auth().oauth2(OFFICER).post(prepared.path() + "/publish").then().statusCode(409);
    }

    @Test
    void publicationChecksTheMinimumTenderPeriodFromThePublicationDate() {
        Prepared prepared = prepare("TN-LATE");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(workedExample().asMap()).put(prepared.path() + "/tender")
                .then().statusCode(201);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "Duplicate"))
                .post(prepared.path() + "/requirements/" + prepared.submitted() + "/return").then().statusCode(200);

        // Published on 10 October, tenders could be due on 9 November at the earliest under PCR 2015.
        Fixtures.clock("2017-10-10T09:00:00Z");
        given().auth().oauth2(OFFICER).when().post(prepared.path() + "/publish")
                .then().statusCode(400)
                .body("violations.field", contains("tenderDeadline"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("2017-11-09"));
        given().auth().oauth2(OFFICER).when().get(prepared.path()).then().body("status", equalTo("REQUIREMENTS_GATHERING"));
    }

    private static io.restassured.response.ValidatableResponse extend(Prepared prepared, String deadline, String reason, long version) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("deadline", deadline, "reason", reason, "version", version))
                .when().post(prepared.path() + "/tender/deadline-extension").then();
    }

    @Test
    void thePublishedTenderDeadlineIsNotBroughtForward() {
        Prepared prepared = published("TN-EXT-EARLIER");

        extend(prepared, "2017-11-01T12:00:00Z", "Earlier", 0).statusCode(400);
    }

    @Test
    void anExtensionBasedOnAnOldVersionIsAConflict() {
        Prepared prepared = published("TN-EXT-STALE");

        extend(prepared, "2017-11-13T12:00:00Z", "Clarification 4 changed the pricing schedule", 3).statusCode(409);
    }

    @Test
    void thePublishedTenderDeadlineIsExtendedAndTheChangeIsOnRecord() {
        Prepared prepared = published("TN-EXTEND");

        extend(prepared, "2017-11-13T12:00:00Z", "Clarification 4 changed the pricing schedule", 0)
                .statusCode(200).body("tenderDeadline", equalTo("2017-11-13T12:00:00Z")).body("version", equalTo(1));
        given().auth().oauth2(OFFICER).when().get(prepared.path())
                .then().body("tenderDeadline", equalTo("2017-11-13T12:00:00Z"))
                .body("deadlineChanges.deadline", hasItem("TENDER"))
                .body("deadlineChanges.find { it.deadline == 'TENDER' }.previous", equalTo("2017-11-06T12:00:00Z"));
    }

    @Test
    void onceTheDeadlineHasPassedTheProcurementIsUnderEvaluationAndTheDeadlineStays() {
        Prepared prepared = published("TN-EXT-PASSED");
        extend(prepared, "2017-11-13T12:00:00Z", "Clarification 4 changed the pricing schedule", 0).statusCode(200);

        Fixtures.clock("2017-11-13T12:00:00Z");
        given().auth().oauth2(OFFICER).when().get(prepared.path()).then().body("status", equalTo("EVALUATION"));
        extend(prepared, "2017-11-20T12:00:00Z", "Too late", 1).statusCode(409);
    }
}
