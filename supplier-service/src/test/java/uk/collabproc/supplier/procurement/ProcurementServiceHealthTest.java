package uk.collabproc.supplier.procurement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.supplier.testing.Bidding;

@QuarkusTest
class ProcurementServiceHealthTest {

    private static final String CHECK = "checks.find { it.name == 'procurement-service' }";

    @Test
    void readinessReportsWhetherProcurementServiceAnswersWithoutFailingOverIt() {
        given().get("/q/health/ready").then().statusCode(200).body(CHECK + ".data.reachable", equalTo(true));
        Bidding.procurementServiceDown();
        try {
            given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body(CHECK + ".data.reachable", equalTo(false));
        } finally {
            Bidding.procurementServiceUp();
        }
    }
}
