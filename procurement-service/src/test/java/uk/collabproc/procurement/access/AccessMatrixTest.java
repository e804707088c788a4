package uk.collabproc.procurement.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.AccessMatrix;
import uk.collabproc.testsupport.AccessMatrix.Persona;
import uk.collabproc.testsupport.DevTokens;

/**
 * Issue 10: every operation of procurement-service that takes an id, called as every persona that must not reach it,
 * answers a documented refusal and gives nothing of the other party away; every operation refuses tokens that prove
 * nothing. The lead partner AML runs a published procurement; its member AMM has a site and a requirement; a supplier
 * has asked a question nobody has answered yet.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String LEAD = "AML";
    private static final String MEMBER = "AMM";
    private static final String OTHER = "AMO";

    private static final Persona OFFICER_ELSEWHERE = new Persona("officer of another organisation", DevTokens.officer(OTHER));
    private static final Persona MEMBER_ELSEWHERE = new Persona("member of another organisation", DevTokens.member(OTHER));
    private static final Persona OWN_MEMBER = new Persona("the member", DevTokens.member(MEMBER));
    private static final Persona OTHER_SUPPLIER = new Persona("another supplier", DevTokens.supplier("am-supplier-2"));
    private static final Persona EVALUATOR = new Persona("an evaluator", DevTokens.evaluator("am-evaluator"));
    private static final Persona MANAGER_ELSEWHERE = new Persona("project manager of another organisation",
            DevTokens.projectManager(OTHER));
    private static final List<Persona> PERSONAS = List.of(OFFICER_ELSEWHERE, MEMBER_ELSEWHERE, OWN_MEMBER, OTHER_SUPPLIER, EVALUATOR,
            MANAGER_ELSEWHERE);
    private static final Set<String> EVERYONE = Set.of(OFFICER_ELSEWHERE.name(), MEMBER_ELSEWHERE.name(), OWN_MEMBER.name(),
            OTHER_SUPPLIER.name(), EVALUATOR.name(), MANAGER_ELSEWHERE.name());
    private static final Set<String> MEMBER_ONLY = Set.of(OWN_MEMBER.name());
    private static final Set<String> NOBODY = Set.of();
    private static final String QUESTION = "Secret question AM-7731 about dual diversity";

    /**
     * Operations only contract-service may call (its service identity): left out of the public document, so named here,
     * with the refusals they answer.
     */
    private static final List<AccessMatrix.Operation> INTERNAL = List.of(
            new AccessMatrix.Operation("POST", "/api/v1/procurements/{id}/award-decision", "procurementRecordAwardDecision",
                    Set.of(400, 401, 403, 404, 409)),
            new AccessMatrix.Operation("POST", "/api/v1/procurements/{id}/contract-conclusion", "procurementRecordContractConclusion",
                    Set.of(400, 401, 403, 404, 409)));

    /** Who, of {@link #PERSONAS}, may reach each operation that takes an id (the lead's own officer always may). */
    private static final Map<String, Set<String>> ENTITLED = Map.ofEntries(
            Map.entry("organisationGet", EVERYONE), Map.entry("noticeGet", EVERYONE),
            // Another party's subscription does not exist for anyone (EventDeliveryTest subscribes and reads as its owner).
            Map.entry("subscriptionGet", NOBODY), Map.entry("subscriptionDelete", NOBODY), Map.entry("subscriptionDeliveries", NOBODY),
            Map.entry("subscriptionRedeliver", NOBODY),
            Map.entry("siteRegister", MEMBER_ONLY), Map.entry("siteList", MEMBER_ONLY), Map.entry("siteGet", MEMBER_ONLY),
            Map.entry("procurementGet", EVERYONE), Map.entry("procurementMembers", EVERYONE), Map.entry("tenderGet", EVERYONE),
            Map.entry("procurementRecordAwardDecision", NOBODY), Map.entry("procurementRecordContractConclusion", NOBODY),
            Map.entry("procurementCancel", NOBODY), Map.entry("procurementCancelLot", NOBODY),
            Map.entry("procurementExtendRequirementsDeadline", NOBODY),
            Map.entry("procurementNameCoLead", NOBODY), Map.entry("procurementDropCoLead", NOBODY),
            Map.entry("procurementAddMember", NOBODY), Map.entry("procurementRemoveMember", NOBODY),
            // Another supplier reads the answered questions and its own; the unanswered one is checked below.
            Map.entry("clarificationList", Set.of(OTHER_SUPPLIER.name())), Map.entry("clarificationAsk", Set.of(OTHER_SUPPLIER.name())),
            Map.entry("clarificationGet", NOBODY), Map.entry("clarificationAnswer", NOBODY),
            Map.entry("demand", NOBODY), Map.entry("scope", NOBODY),
            Map.entry("tenderSave", NOBODY), Map.entry("tenderPublish", NOBODY), Map.entry("tenderExtendDeadline", NOBODY),
            Map.entry("requirementList", MEMBER_ONLY), Map.entry("requirementCreate", MEMBER_ONLY),
            Map.entry("requirementGet", MEMBER_ONLY), Map.entry("requirementUpdate", MEMBER_ONLY),
            Map.entry("requirementDelete", MEMBER_ONLY), Map.entry("requirementSubmit", MEMBER_ONLY),
            Map.entry("requirementApprove", NOBODY), Map.entry("requirementSendBack", NOBODY));

    private static Map<String, String> values;
    private static List<String> secrets;

    /** Once per class; REST Assured knows the test port only from the first test on. */
    @BeforeEach
    void aPublishedProcurementWithAMembersSiteAndAnOpenQuestion() {
        if (values != null) {
            return;
        }
        String procurement = Fixtures.publishedProcurement("AM-MATRIX", LEAD, MEMBER);
        String requirement = given().auth().oauth2(DevTokens.member(MEMBER)).get("/api/v1/procurements/" + procurement + "/requirements")
                .then().statusCode(200).extract().path("[0].id");
        String question = given().auth().oauth2(DevTokens.supplier("am-supplier-1")).contentType(ContentType.JSON)
                .body(Map.of("question", QUESTION)).post("/api/v1/procurements/" + procurement + "/clarifications")
                .then().statusCode(201).extract().path("id");
        values = Map.of("id", procurement, "odsCode", MEMBER, "siteCode", "AM-MATRIX-A", "rid", requirement, "cid", question,
                "deliveryId", java.util.UUID.randomUUID().toString(), "number", "1");
        secrets = List.of("Site AM-MATRIX-A", "31000", QUESTION, "am-supplier-1");
    }

    @Test
    void everyOperationThatTakesAnIdRefusesThePersonasNotEntitledToIt() {
        AccessMatrix matrix = AccessMatrix.ofCommittedDocument().including(INTERNAL);
        matrix.refuseWhereNotEntitled(PERSONAS, ENTITLED, values, secrets);
        matrix.assertNoFindings("procurement-service, personas");
        given().auth().oauth2(OTHER_SUPPLIER.token()).get("/api/v1/procurements/" + values.get("id") + "/clarifications")
                .then().statusCode(200).body(not(containsString(QUESTION)));
    }

    @Test
    void everyOperationRefusesATokenThatProvesNothing() {
        AccessMatrix matrix = AccessMatrix.ofCommittedDocument().including(INTERNAL);
        matrix.refuseBadTokens(name -> values.getOrDefault(name, "X"), secrets);
        matrix.assertNoFindings("procurement-service, tokens");
    }
}
