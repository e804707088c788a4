package uk.collabproc.contract.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.collabproc.testsupport.DevTokens;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractResourceTest {

    private static final String PATH = "/api/v1/contracts";
    private final UUID contractId = UUID.randomUUID();

    /** Contracts are created by concluding an award (a later capability); here one is stored directly. */
    @BeforeAll
    void storeAContract() {
        QuarkusTransaction.requiringNew().run(() -> {
            Contract contract = new Contract();
            contract.id = contractId;
            contract.awardId = UUID.randomUUID();
            contract.procurementId = UUID.randomUUID();
            contract.supplierId = UUID.randomUUID();
            contract.value = new BigDecimal("1050000.00");
            contract.startDate = LocalDate.parse("2018-01-01");
            contract.endDate = LocalDate.parse("2022-12-31");
            contract.createdAt = Instant.parse("2017-12-20T10:00:00Z");
            contract.persist();
        });
    }

    @Test
    void officersAndProjectManagersReadContracts() {
        given().auth().oauth2(DevTokens.officer("RK9")).when().get(PATH)
                .then().statusCode(200)
                .header("X-Total-Count", equalTo("1"))
                .body("id", hasItem(contractId.toString()));

        given().auth().oauth2(DevTokens.projectManager("RK9")).when().get(PATH + "/" + contractId)
                .then().statusCode(200)
                .body("value", equalTo(1050000.00f))
                .body("startDate", equalTo("2018-01-01"))
                .body("endDate", equalTo("2022-12-31"));
    }

    @Test
    void pagingParametersAreValidated() {
        given().auth().oauth2(DevTokens.officer("RK9")).queryParam("size", 0).when().get(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
    }

    @Test
    void withoutATokenTheAnswerIs401AndOtherRolesGet403() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");

        given().auth().oauth2(DevTokens.supplier("s-1")).when().get(PATH + "/" + contractId)
                .then().statusCode(403).contentType("application/problem+json");

        given().auth().oauth2(DevTokens.member("RK9")).when().get(PATH)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownContractIsNotFound() {
        given().auth().oauth2(DevTokens.officer("RK9")).when().get(PATH + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
