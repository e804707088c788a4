package uk.collabproc.procurement.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;

/** contract-service records the award decision and the concluded contract; the status follows them, once each. */
@QuarkusTest
class ProcurementOutcomeTest {

    @Test
    void theStatusFollowsTheAwardAndTheContractInOrder() {
        String procurement = Fixtures.publishedProcurement("OUTCOME-1", "OC1", "OC2");
        String path = "/api/v1/procurements/" + procurement;

        given().auth().oauth2(Fixtures.OFFICER).post(path + "/award-decision").then().statusCode(409).body("detail", equalTo(
                "The procurement is TENDER_OPEN; it must be EVALUATION first"));
        Fixtures.clock("2017-11-07T09:00:00Z");
        given().auth().oauth2(Fixtures.OFFICER).post(path + "/contract-conclusion").then().statusCode(409);
        given().auth().oauth2(Fixtures.OFFICER).post(path + "/award-decision").then().statusCode(200).body("status", equalTo("AWARDED"));
        given().auth().oauth2(Fixtures.OFFICER).post(path + "/award-decision").then().statusCode(200).body("status", equalTo("AWARDED"));
        given().auth().oauth2(DevTokens.member("OC2")).post(path + "/contract-conclusion").then().statusCode(403);
        given().auth().oauth2(Fixtures.OFFICER).post(path + "/contract-conclusion").then().statusCode(200).body("status", equalTo("CONTRACTED"));
        given().auth().oauth2(Fixtures.OFFICER).post(path + "/award-decision").then().statusCode(409);
        given().auth().oauth2(DevTokens.supplier("s-1")).get(path).then().statusCode(200).body("status", equalTo("CONTRACTED"));
        given().auth().oauth2(Fixtures.OFFICER).post("/api/v1/procurements/" + java.util.UUID.randomUUID() + "/award-decision").then().statusCode(404);
    }
}
