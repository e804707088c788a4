package uk.collabproc.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static uk.collabproc.contract.testing.Awarding.OFFICER;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Refusals;

/** What every endpoint of the service shares: text PostgreSQL can store, and Locations no client can redirect. */
@QuarkusTest
class InputAndLocationTest {

    private static final String PM = DevTokens.projectManager("RK9");

    @Test
    void aNulCharacterInATextFieldIsRefusedByName() {
        String contract = Awarding.concludedContract();

        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("name", "Base\u0000line"))
                .post("/api/v1/contracts/" + contract + "/baselines")
                .then().spec(Refusals.invalidInput("name", "body"));
    }

    @Test
    void aNulCharacterInAPathSegmentIsRefusedByName() {
        String contract = Awarding.concludedContract();

        given().auth().oauth2(PM).urlEncodingEnabled(false).get("/api/v1/contracts/" + contract + "%00/milestones")
                .then().spec(Refusals.invalidInput("id", "path"));
    }

    @Test
    void aNulCharacterInAQueryParameterIsRefusedByName() {
        String contract = Awarding.concludedContract();

        given().auth().oauth2(PM).urlEncodingEnabled(false).get("/api/v1/contracts/" + contract + "/milestones?siteCode=RK9%00")
                .then().spec(Refusals.invalidInput("siteCode", "query"));
    }

    @Test
    void theLocationNamesNoHostTheClientChose() {
        Awarding.clock("2017-12-05T10:00:00Z");
        var scenario = Awarding.rankedProcurement("PCR_2015");
        String award = given().auth().oauth2(OFFICER).header("Host", "evil.example").contentType(ContentType.JSON)
                .body(Map.of("procurementId", scenario.procurementId().toString(), "decisionDate", "2017-12-04"))
                .post("/api/v1/awards")
                .then().statusCode(201)
                .header("Location", not(containsString("evil.example")))
                .extract().path("id");
        given().auth().oauth2(OFFICER).header("Host", "evil.example").contentType(ContentType.JSON)
                .body(Map.of("procurementId", scenario.procurementId().toString(), "decisionDate", "2017-12-04"))
                .post("/api/v1/awards")
                .then().statusCode(409)
                .header("Location", equalTo("/api/v1/awards/" + award));

        Awarding.clock("2017-12-18T09:00:00Z");
        given().auth().oauth2(OFFICER).header("Host", "evil.example").contentType(ContentType.JSON)
                .body(Map.of("signedDate", "2017-12-20"))
                .post("/api/v1/awards/" + award + "/contract")
                .then().statusCode(201)
                .header("Location", not(containsString("evil.example")))
                .header("Location", containsString("/api/v1/contracts/"));
    }
}
