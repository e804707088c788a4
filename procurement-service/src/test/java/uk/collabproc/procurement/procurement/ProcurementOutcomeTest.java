package uk.collabproc.procurement.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;

/**
 * contract-service, with its own service identity, records the award decision and the concluded contract; the status
 * follows them, once each, and carries their references. Nobody else can move a procurement to AWARDED or CONTRACTED.
 */
@QuarkusTest
class ProcurementOutcomeTest {

    private static final String CONTRACT_SERVICE = DevTokens.service("contract-service");

    private static Map<String, Object> decision(UUID awardId) {
        return Fixtures.awardDecision(awardId, "2017-12-04", "2017-12-15T00:00:00Z");
    }

    private static Map<String, Object> conclusion(UUID awardId, UUID contractId) {
        return Fixtures.contractConclusion(awardId, contractId, "2017-12-18");
    }

    private static ValidatableResponse decide(String path, UUID awardId) {
        return given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(decision(awardId)).post(path + "/award-decision")
                .then();
    }

    private static ValidatableResponse conclude(String path, String token, UUID awardId, UUID contractId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(conclusion(awardId, contractId))
                .post(path + "/contract-conclusion").then();
    }

    /** A published procurement whose tender deadline (6 November 2017) has passed: under evaluation. */
    private static String underEvaluation(String reference) {
        String procurement = Fixtures.publishedProcurement(reference, "OC1", "OC2");
        Fixtures.clock("2017-11-07T09:00:00Z");
        return "/api/v1/procurements/" + procurement;
    }

    /** Under evaluation, and awarded {@code award}. */
    private static String awarded(String reference, UUID award) {
        String path = underEvaluation(reference);
        decide(path, award).statusCode(200);
        return path;
    }

    @Test
    void anAwardWhileTheTenderIsOpenIsRefused() {
        String procurement = Fixtures.publishedProcurement("OUTCOME-1", "OC1", "OC2");

        decide("/api/v1/procurements/" + procurement, UUID.randomUUID())
                .statusCode(409).body("detail", equalTo("The procurement is TENDER_OPEN; it must be EVALUATION first"));
    }

    @Test
    void aContractBeforeTheAwardIsRefused() {
        String path = underEvaluation("OUTCOME-3");

        conclude(path, CONTRACT_SERVICE, UUID.randomUUID(), UUID.randomUUID()).statusCode(409);
    }

    @Test
    void theAwardDecisionMakesTheProcurementAwardedWithTheAwardsReferenceAndDates() {
        String path = underEvaluation("OUTCOME-4");
        UUID award = UUID.randomUUID();

        decide(path, award).statusCode(200).body("status", equalTo("AWARDED")).body("award.awardId", equalTo(award.toString()))
                .body("award.decisionDate", equalTo("2017-12-04")).body("award.standstillEndsAt", equalTo("2017-12-15T00:00:00Z"));
    }

    @Test
    void theSameAwardDecisionToldAgainIsAnsweredAsBefore() {
        UUID award = UUID.randomUUID();
        String path = awarded("OUTCOME-5", award);

        decide(path, award).statusCode(200).body("status", equalTo("AWARDED"));
    }

    @Test
    void aNewAwardReplacesOneContractServiceTookBack() {
        // contract-service took back an award it could not tell us of, and awarded again: the new award replaces it.
        UUID takenBack = UUID.randomUUID();
        String path = awarded("OUTCOME-6", takenBack);
        UUID award = UUID.randomUUID();

        decide(path, award).statusCode(200).body("award.awardId", equalTo(award.toString()));
        conclude(path, CONTRACT_SERVICE, takenBack, UUID.randomUUID()).statusCode(409);
    }

    @Test
    void onlyContractServiceRecordsTheContract() {
        UUID award = UUID.randomUUID();
        String path = awarded("OUTCOME-7", award);

        conclude(path, DevTokens.member("OC2"), award, UUID.randomUUID()).statusCode(403);
    }

    @Test
    void aContractForAnotherAwardThanTheProcurementsIsRefused() {
        String path = awarded("OUTCOME-8", UUID.randomUUID());

        conclude(path, CONTRACT_SERVICE, UUID.randomUUID(), UUID.randomUUID()).statusCode(409);
    }

    @Test
    void theConcludedContractMakesTheProcurementContractedWithTheContractsReference() {
        UUID award = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        String path = awarded("OUTCOME-9", award);

        conclude(path, CONTRACT_SERVICE, award, contract).statusCode(200).body("status", equalTo("CONTRACTED"))
                .body("contractId", equalTo(contract.toString()));
    }

    @Test
    void theConclusionOrTheAwardToldAgainLeaveTheProcurementContracted() {
        UUID award = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        String path = awarded("OUTCOME-10", award);
        conclude(path, CONTRACT_SERVICE, award, contract).statusCode(200);

        conclude(path, CONTRACT_SERVICE, award, contract).statusCode(200).body("status", equalTo("CONTRACTED"));
        decide(path, award).statusCode(200);
        given().auth().oauth2(DevTokens.supplier("s-1")).get(path).then().statusCode(200).body("status", equalTo("CONTRACTED"));
    }

    @Test
    void anAwardOfAProcurementThatDoesNotExistIsNotFound() {
        decide("/api/v1/procurements/" + UUID.randomUUID(), UUID.randomUUID()).statusCode(404);
    }

    /** Issue 17, defect 1: an officer's token, of the lead partner or any other organisation, cannot record an award. */
    @Test
    void noOfficerCanMoveAProcurementToAwardedOrContracted() {
        String procurement = Fixtures.publishedProcurement("OUTCOME-2", "OC1", "OC2");
        String path = "/api/v1/procurements/" + procurement;
        Fixtures.clock("2017-11-07T09:00:00Z");
        for (String officer : new String[] { DevTokens.officer("OC1"), DevTokens.officer("ZZ9") }) {
            given().auth().oauth2(officer).contentType(ContentType.JSON).body(decision(UUID.randomUUID())).post(path + "/award-decision")
                    .then().statusCode(403);
            given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .body(Map.of("awardId", UUID.randomUUID().toString(), "contractId", UUID.randomUUID().toString()))
                    .post(path + "/contract-conclusion").then().statusCode(403);
        }
        given().auth().oauth2(DevTokens.supplier("s-1")).get(path).then().statusCode(200)
                .body("status", equalTo("EVALUATION")).body("award", nullValue());
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(Map.of("decisionDate", "2017-12-04"))
                .post(path + "/award-decision").then().statusCode(400);
    }
}
