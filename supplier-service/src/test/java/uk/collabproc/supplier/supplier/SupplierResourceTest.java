package uk.collabproc.supplier.supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import uk.collabproc.testsupport.Concurrently;
import uk.collabproc.testsupport.DevTokens;

@QuarkusTest
class SupplierResourceTest {

    private static final String PATH = "/api/v1/suppliers";
    private static final String OFFICER = DevTokens.officer("RK9");

    @Inject
    EntityManager entityManager;

    @Test
    void officerRegistersAndReadsSuppliers() {
        String location = register("Tamar Valley Fibre Ltd", "04417301", true)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*" + PATH + "/[0-9a-f-]{36}"))
                .body("name", equalTo("Tamar Valley Fibre Ltd"))
                .body("cnSpCompliant", equalTo(true))
                .extract().header("Location");

        given().auth().oauth2(OFFICER).when().get(location)
                .then().statusCode(200).body("companyNumber", equalTo("04417301"));

        // The other tests of this JVM register well over a page of suppliers: read the largest page allowed.
        given().auth().oauth2(OFFICER).queryParam("size", 500).when().get(PATH)
                .then().statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .body("companyNumber", hasItem("04417301"));
    }

    @Test
    void registrationIsAuditedWithTheCaller() {
        String id = register("Westcountry Networks Ltd", "SC100001", false).then().statusCode(201).extract().path("id");

        List<?> subjects = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select r.subject from supplier_audit a join audit_revision r on r.id = a.revision"
                        + " where a.id = cast(:id as uuid)")
                .setParameter("id", id).getResultList());
        assertEquals(List.of("officer-rk9"), subjects);
    }

    @Test
    void invalidSupplierIsRefusedFieldByField() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("name", "", "companyNumber", "123"))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("name", "companyNumber", "cnSpCompliant"));
    }

    @Test
    void theSameCompanyCannotBeRegisteredTwice() {
        String first = register("Tamar Connect Ltd", "09000001", true).then().statusCode(201).extract().header("Location");

        register("Tamar Connect (again)", "09000001", false)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Location", org.hamcrest.Matchers.endsWith(first.substring(first.indexOf(PATH))));
    }

    @Test
    void concurrentRegistrationsOfOneCompanyCreateExactlyOne() throws Exception {
        List<Integer> statuses = Concurrently.run(8, i -> register("Exe Fibre " + i, "09000099", true).statusCode());
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
    }

    @Test
    void withoutATokenTheAnswerIs401AndOtherRolesGet403() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");

        given().auth().oauth2(DevTokens.supplier("s-1")).when().get(PATH)
                .then().statusCode(403).contentType("application/problem+json");

        given().auth().oauth2(DevTokens.member("RK9")).contentType(ContentType.JSON)
                .body(Map.of("name", "Sneaky Ltd", "companyNumber", "09999999", "cnSpCompliant", true))
                .when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownSupplierIsNotFound() {
        given().auth().oauth2(OFFICER).when().get(PATH + "/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Response register(String name, String companyNumber, boolean cnSp) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("name", name, "companyNumber", companyNumber, "cnSpCompliant", cnSp))
                .when().post(PATH);
    }
}
