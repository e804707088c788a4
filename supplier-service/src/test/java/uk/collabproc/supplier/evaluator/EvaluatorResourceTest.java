package uk.collabproc.supplier.evaluator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.collabproc.supplier.testing.Bidding.OFFICER;
import static uk.collabproc.supplier.testing.Bidding.publishedTender;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.testsupport.Refusals;

@QuarkusTest
class EvaluatorResourceTest {

    private static String evaluators(UUID procurement) {
        return "/api/v1/procurements/" + procurement + "/evaluators";
    }

    private static ValidatableResponse assign(UUID procurement, String evaluatorId, String host) {
        var request = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("evaluatorId", evaluatorId, "name", "Evaluator"));
        if (host != null) {
            request.header("Host", host);
        }
        return request.post(evaluators(procurement)).then();
    }

    @Test
    void idsThatCannotBeATokenSubjectOrAPathSegmentAreRefusedAndNothingIsStored() {
        UUID procurement = publishedTender();
        for (String id : List.of("eval bob", "eval\\bob", "eval\u0007bob", "eval/../x", "../x", "..", ".hidden", "-x", "x".repeat(129))) {
            assign(procurement, id, null).statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("evaluatorId"));
        }
        given().auth().oauth2(OFFICER).get(evaluators(procurement)).then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void theLocationIsTheEncodedPathOfTheEvaluatorWhateverHostTheClientNamed() {
        UUID procurement = publishedTender();
        assign(procurement, "eval-alice", "evil.example").statusCode(201)
                .header("Location", equalTo(evaluators(procurement) + "/eval-alice"));
        assign(procurement, "eval-alice", "evil.example").statusCode(409)
                .header("Location", equalTo(evaluators(procurement) + "/eval-alice"));

        // Keycloak's subjects are UUIDs; other providers use e-mail-like subjects.
        String keycloak = UUID.randomUUID().toString();
        assign(procurement, keycloak, null).statusCode(201).header("Location", equalTo(evaluators(procurement) + "/" + keycloak));
        assign(procurement, "jo.smith@nhs.net", null).statusCode(201)
                .header("Location", equalTo(evaluators(procurement) + "/jo.smith@nhs.net"));
        given().auth().oauth2(OFFICER).get(evaluators(procurement) + "/jo.smith@nhs.net").then().statusCode(200)
                .body("evaluatorId", equalTo("jo.smith@nhs.net"));
    }

    @Test
    void aNulCharacterInATextFieldOrAPathSegmentIsRefusedByName() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("name", "Nul\u0000 Networks Ltd", "companyNumber", "07000999", "cnSpCompliant", true))
                .post("/api/v1/suppliers")
                .then().spec(Refusals.invalidInput("name", "body"));

        UUID procurement = publishedTender();
        given().auth().oauth2(OFFICER).urlEncodingEnabled(false).get(evaluators(procurement) + "/eval%00")
                .then().spec(Refusals.invalidInput("evaluatorId", "path"));
    }
}
