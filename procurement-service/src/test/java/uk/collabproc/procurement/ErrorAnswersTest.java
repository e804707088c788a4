package uk.collabproc.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Refusals;

/** The error answers of issue 18 on this service's own endpoints: each says what was wrong and where. */
@QuarkusTest
class ErrorAnswersTest {

    private static final String OFFICER = DevTokens.officer("ERA");

    @Test
    void aProcurementIdThatIsNotAUuidIsNamedAndAWellFormedUnknownOneIsNot() {
        given().auth().oauth2(OFFICER).get("/api/v1/procurements/not-a-uuid")
                .then().spec(Refusals.malformedId("id"));
        given().auth().oauth2(OFFICER).put("/api/v1/procurements/not-a-uuid/members/RK9")
                .then().spec(Refusals.malformedId("id"));

        given().auth().oauth2(OFFICER).get("/api/v1/procurements/00000000-0000-0000-0000-000000000009")
                .then().statusCode(404)
                .body("detail", equalTo("Procurement 00000000-0000-0000-0000-000000000009 was not found"))
                .body("violations", nullValue());
    }

    @Test
    void aYesOrNoFilterThatIsNeitherIsRefusedByNameInsteadOfReadAsNo() {
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation("ERA", "ACUTE_TRUST");
        String procurement = Fixtures.procurement("ERA-2017", "ERA", "2017-09-29T16:00:00Z");

        given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + procurement + "/clarifications?answered=maybe")
                .then().spec(Refusals.invalidInput("answered", "query"))
                .body("violations[0].message", equalTo("must be true or false"));
        given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + procurement + "/clarifications?answered=FALSE")
                .then().statusCode(200);
    }

    @Test
    void aRoleThatCanNeverDoThisIsToldWhichRoleCan() {
        given().auth().oauth2(DevTokens.member("ERA")).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .post("/api/v1/procurements")
                .then().spec(Refusals.forbiddenWithout("officer"))
                .body("detail", equalTo("Only an officer may do this"));
        given().auth().oauth2(DevTokens.evaluator("eval-era"))
                .get("/api/v1/procurements/00000000-0000-0000-0000-000000000009/clarifications")
                .then().spec(Refusals.forbiddenWithout("officer", "supplier"))
                .body("detail", equalTo("Only an officer or a supplier may do this"));
    }

    @Test
    void aMalformedIdInTheQueryIsAnInvalidFilter() {
        given().auth().oauth2(OFFICER).get("/api/v1/notices?procurementId=not-a-uuid&noticeType=UK99")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("procurementId", "noticeType")))
                .body("violations.in", equalTo(List.of("query", "query")));
    }
}
