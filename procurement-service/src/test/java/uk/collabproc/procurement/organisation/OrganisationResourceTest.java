package uk.collabproc.procurement.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.testsupport.Concurrently;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Refusals;

@QuarkusTest
class OrganisationResourceTest {

    private static final String PATH = "/api/v1/organisations";
    private static final String OFFICER = DevTokens.officer("RK9");

    @Inject
    EntityManager entityManager;

    @Test
    void officerRegistersAnOrganisationAndEveryoneCanReadIt() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "RH8", "name", "Royal Devon University Healthcare NHS Foundation Trust",
                        "type", "ACUTE_TRUST"))
                .when().post(PATH)
                .then().statusCode(201)
                .header("Location", endsWith(PATH + "/RH8"))
                .body("odsCode", equalTo("RH8"))
                .body("type", equalTo("ACUTE_TRUST"))
                .body("version", equalTo(0));

        given().auth().oauth2(DevTokens.member("RH8"))
                .when().get(PATH + "/RH8")
                .then().statusCode(200)
                .body("name", equalTo("Royal Devon University Healthcare NHS Foundation Trust"));

        // The largest page: other tests of this service register organisations too, and the list is in ODS code order.
        given().auth().oauth2(DevTokens.supplier("s-1"))
                .queryParam("size", 500)
                .when().get(PATH)
                .then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .body("odsCode", hasItem("RH8"));
    }

    @Test
    void registrationIsAuditedWithTheCaller() {
        register("RWV", "Devon Partnership NHS Trust", "MENTAL_HEALTH_TRUST").then().statusCode(201);

        List<?> revisions = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select r.subject, r.roles, r.organisation from organisation_audit a"
                        + " join audit_revision r on r.id = a.revision where a.ods_code = 'RWV'")
                .getResultList());
        assertEquals(1, revisions.size());
        Object[] revision = (Object[]) revisions.get(0);
        assertEquals("officer-rk9", revision[0]);
        assertEquals("officer", revision[1]);
        assertEquals("RK9", revision[2]);
    }

    @Test
    void invalidOrganisationIsRefusedFieldByFieldAndNothingIsStored() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "rk9!", "name", " ", "type", "ACUTE_TRUST"))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("odsCode", "name"));

        given().auth().oauth2(OFFICER).when().get(PATH + "/rk9!").then().statusCode(404);
    }

    @Test
    void anUnknownTypeIsRefusedOnTypeWithoutNamingOurClassesAndNothingIsRegistered() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "X01", "name", "X", "type", "HOSPITAL"))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("type"))
                .body(not(containsString("collabproc")));

        given().auth().oauth2(OFFICER).when().get(PATH + "/X01").then().statusCode(404);
    }

    @Test
    void anUnknownFieldIsRefusedByNameAndNothingIsRegistered() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "X02", "name", "X", "type", "OTHER", "colour", "blue"))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("colour"));

        given().auth().oauth2(OFFICER).when().get(PATH + "/X02").then().statusCode(404);
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsRefusedByName() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", List.of("X04"), "name", "X", "type", "OTHER"))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("odsCode"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"odsCode\": \"X03\", ")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
        given().auth().oauth2(OFFICER).contentType(ContentType.XML)
                .body("<organisation/>")
                .when().post(PATH)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void secondRegistrationOfTheSameCodeIsAConflictPointingAtTheFirst() {
        register("RA9", "Torbay and South Devon NHS Foundation Trust", "ACUTE_TRUST").then().statusCode(201);

        register("RA9", "Another name", "OTHER")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Location", endsWith(PATH + "/RA9"));

        given().auth().oauth2(OFFICER).when().get(PATH + "/RA9")
                .then().statusCode(200).body("name", equalTo("Torbay and South Devon NHS Foundation Trust"));
    }

    @Test
    void concurrentRegistrationsOfOneCodeCreateExactlyOne() throws Exception {
        List<Integer> statuses = Concurrently.run(8, i -> register("Y51", "St Luke's Hospice " + i, "HOSPICE").statusCode());
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        given().when().get(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));

        given().auth().oauth2("not-a-token").when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void onlyAnOfficerMayRegister() {
        given().auth().oauth2(DevTokens.member("RK9")).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "Z99", "name", "Z", "type", "OTHER"))
                .when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json");

        given().auth().oauth2(OFFICER).when().get(PATH + "/Z99").then().statusCode(404);
    }

    @Test
    void pagingIsValidatedAndCounted() {
        given().auth().oauth2(OFFICER).queryParam("size", 501).when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("size"));

        given().auth().oauth2(OFFICER).queryParam("page", -1).when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(OFFICER).queryParam("size", 1).when().get(PATH)
                .then().statusCode(200);
    }

    private static io.restassured.response.Response register(String odsCode, String name, String type) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", odsCode, "name", name, "type", type))
                .when().post(PATH);
    }

    @Test
    void theLocationNamesNoHostTheClientChose() {
        Map<String, String> organisation = Map.of("odsCode", "EV1L", "name", "Evil Host Test Trust", "type", "OTHER");
        given().auth().oauth2(OFFICER).header("Host", "evil.example").contentType(ContentType.JSON).body(organisation)
                .when().post(PATH)
                .then().statusCode(201)
                .header("Location", equalTo(PATH + "/EV1L"));
        given().auth().oauth2(OFFICER).header("Host", "evil.example").contentType(ContentType.JSON).body(organisation)
                .when().post(PATH)
                .then().statusCode(409)
                .header("Location", equalTo(PATH + "/EV1L"));
    }

    @Test
    void aNulCharacterInATextFieldIsRefusedByNameAndNothingIsRegistered() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "NUL1", "name", "Nul\u0000Trust", "type", "OTHER"))
                .when().post(PATH)
                .then().spec(Refusals.invalidInput("name", "body"));
        given().auth().oauth2(OFFICER).get(PATH + "/NUL1").then().statusCode(404);
    }

    @Test
    void aNulCharacterInAPathSegmentIsRefusedByName() {
        given().auth().oauth2(OFFICER).urlEncodingEnabled(false)
                .when().get(PATH + "/RK%009")
                .then().spec(Refusals.invalidInput("odsCode", "path"));
    }

    @Test
    void aTokenWithANulCharacterInAClaimIsNotAValidToken() {
        String subject = DevTokens.token("officer-\u0000rk9", "officer", "RK9", null);
        given().auth().oauth2(subject).contentType(ContentType.JSON)
                .body(Map.of("odsCode", "NUL2", "name", "Nul Subject Trust", "type", "OTHER"))
                .when().post(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        String organisation = DevTokens.token("member-nul", "member", "RK9\u0000", null);
        given().auth().oauth2(organisation).when().get(PATH).then().statusCode(401).contentType("application/problem+json");

        given().auth().oauth2(OFFICER).get(PATH + "/NUL2").then().statusCode(404);
    }
}
