package uk.collabproc.procurement.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
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
        return Map.of("awardId", awardId.toString(), "decisionDate", "2017-12-04", "standstillEndsAt", "2017-12-15T00:00:00Z");
    }

    @Test
    void theStatusFollowsTheAwardAndTheContractInOrder() {
        String procurement = Fixtures.publishedProcurement("OUTCOME-1", "OC1", "OC2");
        String path = "/api/v1/procurements/" + procurement;
        UUID award = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        Map<String, Object> conclusion = Map.of("awardId", award.toString(), "contractId", contract.toString());

        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(decision(award)).post(path + "/award-decision")
                .then().statusCode(409).body("detail", equalTo("The procurement is TENDER_OPEN; it must be EVALUATION first"));
        Fixtures.clock("2017-11-07T09:00:00Z");
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(conclusion).post(path + "/contract-conclusion")
                .then().statusCode(409);
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(decision(award)).post(path + "/award-decision")
                .then().statusCode(200).body("status", equalTo("AWARDED")).body("award.awardId", equalTo(award.toString()))
                .body("award.decisionDate", equalTo("2017-12-04")).body("award.standstillEndsAt", equalTo("2017-12-15T00:00:00Z"));
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(decision(award)).post(path + "/award-decision")
                .then().statusCode(200).body("status", equalTo("AWARDED"));
        // contract-service took back an award it could not tell us of, and awarded again: the new award replaces it.
        UUID takenBack = award;
        award = UUID.randomUUID();
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(decision(award)).post(path + "/award-decision")
                .then().statusCode(200).body("award.awardId", equalTo(award.toString()));
        conclusion = Map.of("awardId", award.toString(), "contractId", contract.toString());
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON)
                .body(Map.of("awardId", takenBack.toString(), "contractId", contract.toString())).post(path + "/contract-conclusion")
                .then().statusCode(409);
        given().auth().oauth2(DevTokens.member("OC2")).contentType(ContentType.JSON).body(conclusion).post(path + "/contract-conclusion")
                .then().statusCode(403);
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON)
                .body(Map.of("awardId", UUID.randomUUID().toString(), "contractId", contract.toString())).post(path + "/contract-conclusion")
                .then().statusCode(409);
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(conclusion).post(path + "/contract-conclusion")
                .then().statusCode(200).body("status", equalTo("CONTRACTED")).body("contractId", equalTo(contract.toString()));
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(conclusion).post(path + "/contract-conclusion")
                .then().statusCode(200).body("status", equalTo("CONTRACTED"));
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(decision(award)).post(path + "/award-decision")
                .then().statusCode(200);
        given().auth().oauth2(DevTokens.supplier("s-1")).get(path).then().statusCode(200).body("status", equalTo("CONTRACTED"));
        given().auth().oauth2(CONTRACT_SERVICE).contentType(ContentType.JSON).body(decision(award))
                .post("/api/v1/procurements/" + UUID.randomUUID() + "/award-decision").then().statusCode(404);
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
