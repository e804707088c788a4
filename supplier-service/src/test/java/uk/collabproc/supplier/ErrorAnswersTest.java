package uk.collabproc.supplier;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Refusals;

/** The error answers of issue 18 on this service's own endpoints: each says what was wrong and where. */
@QuarkusTest
class ErrorAnswersTest {

    private static final String PROCUREMENT = "00000000-0000-0000-0000-000000000009";

    @Test
    void aBidIdOrProcurementIdThatIsNotAUuidIsNamed() {
        given().auth().oauth2(DevTokens.officer("RK9")).get("/api/v1/procurements/" + PROCUREMENT + "/bids/bid-1")
                .then().spec(Refusals.malformedId("bidId"));
        given().auth().oauth2(DevTokens.officer("RK9")).get("/api/v1/procurements/UHP-2017-HSCN-01/ranking")
                .then().spec(Refusals.malformedId("pid"));
    }

    @Test
    void aRoleThatCanNeverDoThisIsToldWhichRoleCan() {
        given().auth().oauth2(DevTokens.supplier("00000000-0000-0000-0000-000000000001"))
                .get("/api/v1/procurements/" + PROCUREMENT + "/ranking")
                .then().spec(Refusals.forbiddenWithout("officer"));
        given().auth().oauth2(DevTokens.member("RK9")).get("/api/v1/procurements/" + PROCUREMENT + "/bids")
                .then().spec(Refusals.forbiddenWithout("supplier", "officer", "evaluator"));
    }
}
