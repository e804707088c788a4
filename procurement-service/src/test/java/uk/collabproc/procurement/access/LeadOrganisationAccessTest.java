package uk.collabproc.procurement.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.TenderBody;

/**
 * Issue 17, defect 6: an officer acts only for the lead partner of a procurement or a co-lead it named; a project
 * manager only for the lead partner. To the staff of any other organisation the procurement answers 404, as it does
 * for members, and nothing changes.
 */
@QuarkusTest
class LeadOrganisationAccessTest {

    private static final String LEAD = "LAL";
    private static final String MEMBER = "LAM";
    private static final String STRANGER = "LAX";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A procurement gathering requirements, its lead, a would-be member and a stranger registered. */
    private static String gatheringWithAStrangerRegistered(String reference) {
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation(LEAD, "ACUTE_TRUST");
        Fixtures.organisation(MEMBER, "COMMUNITY_TRUST");
        Fixtures.organisation(STRANGER, "ACUTE_TRUST");
        return Fixtures.procurement(reference, LEAD, "2017-09-29T16:00:00Z");
    }

    @Test
    void anOfficerOfAnotherOrganisationCannotRunTheProcurement() {
        Fixtures.organisation(STRANGER, "ACUTE_TRUST");
        String procurement = Fixtures.publishedProcurement("LEAD-RUN", LEAD, MEMBER);
        String path = "/api/v1/procurements/" + procurement;
        String stranger = DevTokens.officer(STRANGER);

        as(stranger).get(path + "/demand").then().statusCode(404);
        as(stranger).get(path + "/requirements").then().statusCode(404);
        as(stranger).get(path + "/sites").then().statusCode(404);
        as(stranger).get(path + "/clarifications").then().statusCode(404);
        as(stranger).put(path + "/members/" + STRANGER).then().statusCode(404);
        as(stranger).body(Map.of("deadline", "2017-11-20T12:00:00Z", "reason", "Hijack", "version", 0))
                .post(path + "/tender/deadline-extension").then().statusCode(404);
        as(stranger).body(Map.of("reason", "Hijack", "version", 0)).post(path + "/cancel").then().statusCode(404);
        as(DevTokens.projectManager(STRANGER)).get(path + "/sites").then().statusCode(404);

        // A supplier's question, which only the procurement's own officer may answer.
        String question = as(DevTokens.supplier("lead-s1")).body(Map.of("question", "Is dual diversity required?"))
                .post(path + "/clarifications").then().statusCode(201).extract().path("id");
        as(stranger).body(Map.of("answer", "No")).post(path + "/clarifications/" + question + "/answer").then().statusCode(404);

        // Nothing changed, and the procurement's own officer and project manager still run it.
        String own = Fixtures.officerOf(procurement);
        as(own).get(path).then().statusCode(200).body("status", equalTo("TENDER_OPEN")).body("members", contains(LEAD, MEMBER));
        as(own).get(path + "/clarifications").then().statusCode(200).body("supplierId", contains("lead-s1"))
                .body("answer", contains((Object) null));
        as(own).get(path + "/demand").then().statusCode(200);
        as(DevTokens.projectManager(LEAD)).get(path + "/sites").then().statusCode(200);
        // Reading what every authenticated caller may read stays open to the stranger.
        as(stranger).get(path).then().statusCode(200);
        as(stranger).get(path + "/tender").then().statusCode(200);
    }

    @Test
    void anOfficerOfAnotherOrganisationCannotDecideRequirementsOrDraftTheTender() {
        String procurement = gatheringWithAStrangerRegistered("LEAD-DRAFT");
        String path = "/api/v1/procurements/" + procurement;
        Fixtures.member(procurement, MEMBER);
        Fixtures.registerSite(MEMBER, Fixtures.site("LAM-DRAFT", "PL6 8DH", false, false, "1000.00"));
        String requirement = Fixtures.draftRequirement(procurement, MEMBER, "LAM-DRAFT", 100);
        Fixtures.submit(procurement, MEMBER, requirement);
        String stranger = DevTokens.officer(STRANGER);

        as(stranger).post(path + "/requirements/" + requirement + "/approve").then().statusCode(404);
        as(stranger).body(Map.of("reason", "Hijack")).post(path + "/requirements/" + requirement + "/return").then().statusCode(404);
        as(stranger).get(path + "/requirements/" + requirement).then().statusCode(404);
        as(stranger).body(TenderBody.tender().withCriteria(List.of(TenderBody.criterion("PRICE", "Price", "PRICE", 100))).asMap())
                .put(path + "/tender").then().statusCode(404);
        as(stranger).post(path + "/publish").then().statusCode(404);
        as(stranger).body(Map.of("deadline", "2017-10-29T16:00:00Z", "reason", "Hijack", "version", 0))
                .put(path + "/requirements-deadline").then().statusCode(404);
        as(stranger).delete(path + "/members/" + MEMBER).then().statusCode(404);
        as(stranger).put(path + "/co-leads/" + MEMBER).then().statusCode(404);
        // Nor may it register sites in the members' organisations, or read them.
        as(stranger).body(Fixtures.site("LAM-HIJACK", "PL6 8DH", false, false, "1.00"))
                .post("/api/v1/organisations/" + MEMBER + "/sites").then().statusCode(404);
        as(stranger).get("/api/v1/organisations/" + MEMBER + "/sites").then().statusCode(404);

        String own = Fixtures.officerOf(procurement);
        as(own).get(path + "/requirements/" + requirement).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(own).get("/api/v1/organisations/" + MEMBER + "/sites").then().statusCode(200).body("siteCode",
                org.hamcrest.Matchers.hasItem("LAM-DRAFT"));
        as(own).get(path).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void anOfficerCannotStartAProcurementThatAnotherOrganisationLeads() {
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation(LEAD, "ACUTE_TRUST");
        as(DevTokens.officer(STRANGER)).body(Map.of("title", "Not mine", "reference", "LEAD-NOT-MINE", "regime", "PCR_2015",
                "leadOrganisation", LEAD, "requirementsDeadline", "2017-09-29T16:00:00Z", "contractTermMonths", 60))
                .post("/api/v1/procurements").then().statusCode(400).body("violations.field", contains("leadOrganisation"));
    }

    @Test
    void aCoLeadNamedByTheLeadPartnerRunsTheProcurementToo() {
        String procurement = gatheringWithAStrangerRegistered("LEAD-CO");
        String path = "/api/v1/procurements/" + procurement;
        String coLead = DevTokens.officer(MEMBER);

        as(Fixtures.officerOf(procurement)).put(path + "/co-leads/" + MEMBER).then().statusCode(404);
        Fixtures.member(procurement, MEMBER);
        as(coLead).get(path + "/demand").then().statusCode(404);
        as(Fixtures.officerOf(procurement)).put(path + "/co-leads/" + MEMBER).then().statusCode(200).body("coLeads", contains(MEMBER));
        as(Fixtures.officerOf(procurement)).put(path + "/co-leads/" + MEMBER).then().statusCode(200).body("coLeads", contains(MEMBER));
        as(coLead).get(path + "/demand").then().statusCode(200);
        as(coLead).put(path + "/members/" + STRANGER).then().statusCode(201);
        // A co-lead does not name others: that is the lead partner's decision.
        as(coLead).put(path + "/co-leads/" + STRANGER).then().statusCode(404);
        as(coLead).delete(path + "/members/" + MEMBER).then().statusCode(409);
        as(DevTokens.projectManager(MEMBER)).get(path + "/sites").then().statusCode(404);
        as(Fixtures.officerOf(procurement)).get(path).then().body("coLeads", contains(MEMBER))
                .body("members", containsInAnyOrder(LEAD, MEMBER, STRANGER));
        as(Fixtures.officerOf(procurement)).delete(path + "/co-leads/" + MEMBER).then().statusCode(200)
                .body("coLeads", org.hamcrest.Matchers.empty());
        as(coLead).get(path + "/demand").then().statusCode(404);
    }
}
