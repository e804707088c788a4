package uk.collabproc.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Refusals;

/** The error answers of issue 18 on this service's own endpoints: each says what was wrong and where. */
@QuarkusTest
class ErrorAnswersTest {

    private static final String PM = DevTokens.projectManager("RK9");
    private static final String CONTRACT = "00000000-0000-0000-0000-000000000009";

    @Test
    void aBadFilterValueOrDateIsRefusedByNameNotAnsweredNotFound() {
        given().auth().oauth2(PM).get("/api/v1/contracts/" + CONTRACT + "/milestones?dueBefore=30/06/2018&status=LATE")
                .then().spec(Refusals.invalidInput("status", "query"))
                .body("violations.field", equalTo(List.of("status", "dueBefore")))
                .body("violations.in", equalTo(List.of("query", "query")))
                .body("violations[1].message", equalTo("must be an ISO-8601 date (2017-12-04)"));
    }

    @Test
    void aContractIdThatIsNotAUuidIsNamed() {
        given().auth().oauth2(PM).get("/api/v1/contracts/DEVON-2017/milestones")
                .then().spec(Refusals.malformedId("id"));
    }

    @Test
    void aRoleThatCanNeverDoThisIsToldWhichRoleCan() {
        given().auth().oauth2(DevTokens.supplier("00000000-0000-0000-0000-000000000001"))
                .get("/api/v1/contracts/" + CONTRACT + "/milestones")
                .then().spec(Refusals.forbiddenWithout("project-manager", "officer", "member"))
                .body("detail", equalTo("Only a project manager, an officer or a member may do this"));
    }
}
