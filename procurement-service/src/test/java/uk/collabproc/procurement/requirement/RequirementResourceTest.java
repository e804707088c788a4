package uk.collabproc.procurement.requirement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.Concurrently;
import uk.collabproc.testsupport.DevTokens;

@QuarkusTest
class RequirementResourceTest {

    private static final String OFFICER = DevTokens.officer("RQL");
    private static final String MEMBER_A = DevTokens.member("RQA");
    private static final String MEMBER_B = DevTokens.member("RQB");
    private static String procurement;
    private static int siteCounter;

    @Inject
    EntityManager entityManager;

    /** Once for the class; REST Assured knows the test port only from the first test on. */
    void procurementWithTwoMembers() {
        if (procurement != null) {
            return;
        }
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation("RQL", "ACUTE_TRUST");
        Fixtures.organisation("RQA", "COMMUNITY_TRUST");
        Fixtures.organisation("RQB", "HOSPICE");
        Fixtures.organisation("RQC", "CCG");
        procurement = Fixtures.procurement("RQ-2017", "RQL", "2017-09-29T16:00:00Z");
        Fixtures.member(procurement, "RQA");
        Fixtures.member(procurement, "RQB");
    }

    @BeforeEach
    void beforeTheDeadline() {
        procurementWithTwoMembers();
        Fixtures.clock("2017-08-15T09:00:00Z");
    }

    private static String path() {
        return "/api/v1/procurements/" + procurement + "/requirements";
    }

    /** A fresh site of the organisation, so that each test has its own. */
    private static String newSite(String odsCode) {
        String siteCode = odsCode + "-S" + (++siteCounter);
        Fixtures.registerSite(odsCode, Fixtures.site(siteCode, "EX2 5DW", false, false, "1000.00"));
        return siteCode;
    }

    private static String draft(String site) {
        return given().auth().oauth2(MEMBER_A).contentType(ContentType.JSON).body(Fixtures.requirement(site, 1000))
                .when().post(path()).then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse submit(String id) {
        return given().auth().oauth2(MEMBER_A).when().post(path() + "/" + id + "/submit").then();
    }

    private static io.restassured.response.ValidatableResponse approve(String id) {
        return given().auth().oauth2(OFFICER).when().post(path() + "/" + id + "/approve").then();
    }

    @Test
    void aMemberDraftsARequirementForItsSite() {
        String site = newSite("RQA");

        given().auth().oauth2(MEMBER_A).contentType(ContentType.JSON).body(Fixtures.requirement(site, 1000))
                .when().post(path())
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*" + path() + "/[0-9a-f-]{36}"))
                .body("status", equalTo("DRAFT"))
                .body("odsCode", equalTo("RQA"))
                .body("services", contains("PACS", "PAS"));
    }

    @Test
    void aSubmittedRequirementSaysWhenItWasSubmitted() {
        String id = draft(newSite("RQA"));

        submit(id).statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedAt",
                org.hamcrest.Matchers.startsWith("2017-08-15T09:00"));
    }

    @Test
    void theOfficerApprovesASubmittedRequirement() {
        String id = draft(newSite("RQA"));
        submit(id).statusCode(200);

        approve(id).statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void anApprovedRequirementIsNoLongerTheMembersToChangeAndIsNotDecidedTwice() {
        String site = newSite("RQA");
        String id = draft(site);
        submit(id).statusCode(200);
        approve(id).statusCode(200);

        given().auth().oauth2(MEMBER_A).contentType(ContentType.JSON).body(withVersion(Fixtures.requirement(site, 2000), 2))
                .when().put(path() + "/" + id).then().statusCode(409);
        submit(id).statusCode(409);
        given().auth().oauth2(MEMBER_A).when().delete(path() + "/" + id).then().statusCode(409);
        approve(id).statusCode(409);
    }

    @Test
    void draftingSubmittingAndApprovingAreEachAudited() {
        String id = draft(newSite("RQA"));
        submit(id).statusCode(200);
        approve(id).statusCode(200);

        long revisions = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                "select count(*) from requirement_audit where id = cast(:id as uuid)", Long.class).setParameter("id", id)
                .getSingleResult());
        assertEquals(3, revisions, "drafted, submitted and approved are each audited");
    }

    @Test
    void aReturnedRequirementIsChangedAndSubmittedAgain() {
        String site = newSite("RQA");
        String id = Fixtures.draftRequirement(procurement, "RQA", site, 100);
        Fixtures.submit(procurement, "RQA", id);

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", "100 Mbps will not carry PACS"))
                .when().post(path() + "/" + id + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", equalTo("100 Mbps will not carry PACS"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post(path() + "/" + id + "/return").then().statusCode(400);

        // A change based on an old version is refused and changes nothing.
        given().auth().oauth2(MEMBER_A).contentType(ContentType.JSON).body(withVersion(Fixtures.requirement(site, 1000), 0))
                .when().put(path() + "/" + id).then().statusCode(409);
        given().auth().oauth2(MEMBER_A).contentType(ContentType.JSON).body(withVersion(Fixtures.requirement(site, 1000), 2))
                .when().put(path() + "/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("bandwidthMbps", equalTo(1000));
        given().auth().oauth2(MEMBER_A).when().post(path() + "/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("returnReason", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aMemberNeverSeesOrTouchesAnotherOrganisationsRequirements() {
        String siteA = newSite("RQA");
        String id = Fixtures.draftRequirement(procurement, "RQA", siteA, 100);

        given().auth().oauth2(MEMBER_B).when().get(path() + "/" + id).then().statusCode(404);
        given().auth().oauth2(MEMBER_B).when().post(path() + "/" + id + "/submit").then().statusCode(404);
        given().auth().oauth2(MEMBER_B).when().delete(path() + "/" + id).then().statusCode(404);
        given().auth().oauth2(MEMBER_B).contentType(ContentType.JSON).body(withVersion(Fixtures.requirement(siteA, 5), 0))
                .when().put(path() + "/" + id).then().statusCode(404);
        given().auth().oauth2(MEMBER_B).contentType(ContentType.JSON).body(Fixtures.requirement(siteA, 100))
                .when().post(path())
                .then().statusCode(400).body("violations.field", contains("siteCode"));
        given().auth().oauth2(MEMBER_B).when().get(path())
                .then().statusCode(200).body("odsCode", everyItem(equalTo("RQB")));

        given().auth().oauth2(OFFICER).queryParam("odsCode", "RQA").when().get(path())
                .then().statusCode(200).body("odsCode", everyItem(equalTo("RQA")));
        given().auth().oauth2(OFFICER).when().get(path() + "/" + id).then().statusCode(200);
    }

    @Test
    void oneRequirementPerSiteEvenUnderConcurrentSubmission() throws Exception {
        String site = newSite("RQB");
        List<Integer> statuses = Concurrently.run(6, i -> given()
                .auth().oauth2(MEMBER_B).contentType(ContentType.JSON).body(Fixtures.requirement(site, 100 + i))
                .post(path()).statusCode());
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        given().auth().oauth2(MEMBER_B).contentType(ContentType.JSON).body(Fixtures.requirement(site, 100))
                .when().post(path())
                .then().statusCode(409).header("Location", org.hamcrest.Matchers.containsString(path() + "/"));
    }

    @Test
    void nothingIsSubmittedAfterTheRequirementsDeadline() {
        String site = newSite("RQA");
        String id = Fixtures.draftRequirement(procurement, "RQA", site, 100);

        Fixtures.clock("2017-09-29T16:00:00Z");
        given().auth().oauth2(MEMBER_A).when().post(path() + "/" + id + "/submit")
                .then().statusCode(409).body("title", equalTo("The requirements deadline has passed"));
        given().auth().oauth2(MEMBER_A).contentType(ContentType.JSON).body(Fixtures.requirement(newSite("RQA"), 100))
                .when().post(path()).then().statusCode(409);
        given().auth().oauth2(MEMBER_A).when().get(path() + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void onlyMembersOfTheProcurementRecordRequirements() {
        Fixtures.registerSite("RQC", Fixtures.site("RQC-HQ", "TQ2 7AA", false, true, "900.00"));
        given().auth().oauth2(DevTokens.member("RQC")).contentType(ContentType.JSON).body(Fixtures.requirement("RQC-HQ", 100))
                .when().post(path()).then().statusCode(409).body("title", equalTo("Not a member"));
        given().auth().oauth2(DevTokens.supplier("s-1")).contentType(ContentType.JSON).body(Fixtures.requirement("RQC-HQ", 100))
                .when().post(path()).then().statusCode(403);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Fixtures.requirement("RQC-HQ", 100))
                .when().post(path()).then().statusCode(403);
        given().auth().oauth2(MEMBER_A).when().post(path() + "/00000000-0000-0000-0000-000000000000/approve").then().statusCode(403);
    }

    @Test
    void invalidRequirementsAreRefusedFieldByField() {
        given().auth().oauth2(MEMBER_A).contentType(ContentType.JSON)
                .body(Map.of("siteCode", "RQA-X", "bandwidthMbps", 0, "resilience", "TRIPLE", "services", List.of(), "neededBy",
                        "2018-01-01"))
                .when().post(path()).then().statusCode(400).body("violations.field", contains("resilience"));
        given().auth().oauth2(MEMBER_A).contentType(ContentType.JSON)
                .body(Map.of("siteCode", "RQA-X", "bandwidthMbps", 0, "resilience", "DUAL", "services", List.of(), "neededBy",
                        "2018-01-01"))
                .when().post(path()).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("bandwidthMbps", "services"));
        Map<String, Object> past = new HashMap<>(Fixtures.requirement(newSite("RQA"), 100));
        past.put("neededBy", "2017-08-01");
        given().auth().oauth2(MEMBER_A).contentType(ContentType.JSON).body(past)
                .when().post(path()).then().statusCode(400).body("violations.field", contains("neededBy"));
    }

    private static Map<String, Object> withVersion(Map<String, Object> requirement, long version) {
        Map<String, Object> body = new HashMap<>(requirement);
        body.put("version", version);
        return body;
    }
}
