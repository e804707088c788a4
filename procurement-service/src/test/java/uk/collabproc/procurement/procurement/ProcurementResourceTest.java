package uk.collabproc.procurement.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;

@QuarkusTest
class ProcurementResourceTest {

    private static final String PATH = "/api/v1/procurements";
    private static final String OFFICER = DevTokens.officer("PA1");

    @BeforeEach
    void organisations() {
        Fixtures.organisation("PA1", "ACUTE_TRUST");
        Fixtures.organisation("PB2", "CCG");
        Fixtures.organisation("PC3", "HOSPICE");
    }

    @BeforeEach
    void august2017() {
        Fixtures.clock("2017-08-01T09:00:00Z");
    }

    private static Map<String, Object> procurement(String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Devon HSCN connectivity");
        body.put("reference", reference);
        body.put("regime", "PCR_2015");
        body.put("leadOrganisation", "PA1");
        body.put("requirementsDeadline", "2017-09-29T16:00:00Z");
        body.put("contractTermMonths", 60);
        return body;
    }

    @Test
    void anOfficerStartsAProcurementAndTheLeadPartnerIsItsFirstMember() {
        String id = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(procurement("PT-START"))
                .when().post(PATH)
                .then().statusCode(201)
                .body("status", equalTo("REQUIREMENTS_GATHERING"))
                .body("regime", equalTo("PCR_2015"))
                .body("members", contains("PA1"))
                .body("version", equalTo(0))
                .extract().path("id");

        given().auth().oauth2(DevTokens.member("PB2")).when().get(PATH + "/" + id)
                .then().statusCode(200).body("reference", equalTo("PT-START"));
        given().auth().oauth2(OFFICER).when().get(PATH + "/" + id + "/members")
                .then().statusCode(200).body("odsCode", contains("PA1")).body("[0].lead", equalTo(true));
    }

    @Test
    void invalidProcurementsAreRefusedWithEveryReason() {
        Map<String, Object> body = procurement("PT-BAD");
        body.put("regime", "PA_2023");
        body.put("leadOrganisation", "ZZZ99");
        body.put("requirementsDeadline", "2017-07-01T00:00:00Z");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("regime", "leadOrganisation", "requirementsDeadline"));

        body = procurement("PT-BAD");
        body.put("contractTermMonths", 0);
        body.put("title", "");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("contractTermMonths", "title"));
    }

    @Test
    void aProcurementBegunAfterFebruary2025FollowsTheProcurementAct() {
        Fixtures.clock("2025-03-03T09:00:00Z");
        Map<String, Object> body = procurement("PT-PA23");
        body.put("requirementsDeadline", "2025-04-30T16:00:00Z");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(400).body("violations[0].message", org.hamcrest.Matchers.containsString("PA_2023"));

        body.put("regime", "PA_2023");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(201).body("regime", equalTo("PA_2023"));
    }

    @Test
    void aReferenceIsUsedOnce() {
        String id = Fixtures.procurement("PT-DUP", "PA1", "2017-09-29T16:00:00Z");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(procurement("PT-DUP"))
                .when().post(PATH)
                .then().statusCode(409).header("Location", org.hamcrest.Matchers.endsWith(PATH + "/" + id));
    }

    @Test
    void onlyOfficersStartProcurementsAndSuppliersSeeOnlyPublishedOnes() {
        given().auth().oauth2(DevTokens.member("PA1")).contentType(ContentType.JSON).body(procurement("PT-MEMBER"))
                .when().post(PATH).then().statusCode(403);
        given().contentType(ContentType.JSON).body(procurement("PT-ANON")).when().post(PATH).then().statusCode(401);

        String id = Fixtures.procurement("PT-UNPUBLISHED", "PA1", "2017-09-29T16:00:00Z");
        given().auth().oauth2(DevTokens.supplier("s-1")).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(DevTokens.supplier("s-1")).when().get(PATH)
                .then().statusCode(200).body("id", not(hasItem(id)));
    }

    private static io.restassured.response.ValidatableResponse extendRequirementsDeadline(String id, String deadline, String reason,
            long version) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("deadline", deadline, "reason", reason, "version", version))
                .when().put(PATH + "/" + id + "/requirements-deadline").then();
    }

    /** A procurement whose requirements deadline the officer moved from 29 September to 6 October 2017. */
    private static String extended(String reference) {
        String id = Fixtures.procurement(reference, "PA1", "2017-09-29T16:00:00Z");
        extendRequirementsDeadline(id, "2017-10-06T16:00:00Z", "Two hospices asked for a week more", 0).statusCode(200);
        return id;
    }

    private static void assertExtendedOnceTo6October(String id) {
        given().auth().oauth2(OFFICER).when().get(PATH + "/" + id)
                .then().body("requirementsDeadline", equalTo("2017-10-06T16:00:00Z")).body("deadlineChanges", hasSize(1));
    }

    @Test
    void theOfficerExtendsTheRequirementsDeadlineAndTheChangeIsRecorded() {
        String id = Fixtures.procurement("PT-EXTEND", "PA1", "2017-09-29T16:00:00Z");

        extendRequirementsDeadline(id, "2017-10-06T16:00:00Z", "Two hospices asked for a week more", 0)
                .statusCode(200)
                .body("requirementsDeadline", equalTo("2017-10-06T16:00:00Z"))
                .body("version", equalTo(1))
                .body("deadlineChanges", hasSize(1))
                .body("deadlineChanges[0].deadline", equalTo("REQUIREMENTS"))
                .body("deadlineChanges[0].previous", equalTo("2017-09-29T16:00:00Z"))
                .body("deadlineChanges[0].reason", equalTo("Two hospices asked for a week more"))
                .body("deadlineChanges[0].changedBy", equalTo("officer-pa1"));
        assertExtendedOnceTo6October(id);
    }

    @Test
    void anExtensionBasedOnTheVersionBeforeTheLastIsRefusedAndChangesNothing() {
        String id = extended("PT-EXTEND-STALE");

        extendRequirementsDeadline(id, "2017-10-13T16:00:00Z", "Again", 0).statusCode(409);
        assertExtendedOnceTo6October(id);
    }

    @Test
    void anEarlierRequirementsDeadlineIsNotAnExtension() {
        String id = extended("PT-EXTEND-EARLY");

        extendRequirementsDeadline(id, "2017-09-01T16:00:00Z", "Sooner", 1).statusCode(400).body("violations.field", contains("deadline"));
        assertExtendedOnceTo6October(id);
    }

    @Test
    void theOfficerManagesMembers() {
        String id = Fixtures.procurement("PT-MEMBERS", "PA1", "2017-09-29T16:00:00Z");

        given().auth().oauth2(OFFICER).when().put(PATH + "/" + id + "/members/PB2").then().statusCode(201);
        given().auth().oauth2(OFFICER).when().put(PATH + "/" + id + "/members/PB2").then().statusCode(204);
        given().auth().oauth2(OFFICER).when().put(PATH + "/" + id + "/members/PC3").then().statusCode(201);
        given().auth().oauth2(OFFICER).when().put(PATH + "/" + id + "/members/NOPE1").then().statusCode(404);
        given().auth().oauth2(DevTokens.member("PB2")).when().put(PATH + "/" + id + "/members/PB2").then().statusCode(403);

        given().auth().oauth2(OFFICER).when().delete(PATH + "/" + id + "/members/PC3").then().statusCode(204);
        given().auth().oauth2(OFFICER).when().delete(PATH + "/" + id + "/members/PC3").then().statusCode(404);
        given().auth().oauth2(OFFICER).when().delete(PATH + "/" + id + "/members/PA1").then().statusCode(409);

        given().auth().oauth2(DevTokens.member("PC3")).when().get(PATH + "/" + id + "/members")
                .then().statusCode(200).header("X-Total-Count", "2").body("odsCode", contains("PA1", "PB2"));
        given().auth().oauth2(OFFICER).queryParam("size", 1).queryParam("page", 1).when().get(PATH + "/" + id + "/members")
                .then().statusCode(200).body("odsCode", contains("PB2"));
    }

    @Test
    void aCancelledProcurementTakesNoMoreMembers() {
        String id = Fixtures.procurement("PT-CANCEL", "PA1", "2017-09-29T16:00:00Z");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "Merged into another", "version", 0))
                .when().post(PATH + "/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(OFFICER).when().put(PATH + "/" + id + "/members/PB2").then().statusCode(409);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "Twice", "version", 1))
                .when().post(PATH + "/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void unknownProcurementsAreNotFound() {
        given().auth().oauth2(OFFICER).when().get(PATH + "/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().auth().oauth2(OFFICER).when().get(PATH + "/not-a-uuid").then().statusCode(404);
    }
}
