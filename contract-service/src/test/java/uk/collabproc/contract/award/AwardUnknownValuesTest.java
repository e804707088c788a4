package uk.collabproc.contract.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.Awarding.Scenario;
import uk.collabproc.contract.testing.FakeServices;

/**
 * Issue 10: a regime, status or ranking outcome that contract-service does not know yet is read as UNKNOWN and refused
 * clearly where it decides the award, never answered with 500 and never guessed.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class AwardUnknownValuesTest {

    @Test
    void anUnknownRegimeStatusOrOutcomeIsRefusedClearly() {
        Awarding.clock("2017-12-04T10:00:00Z");
        Scenario scenario = Awarding.rankedProcurement("PCR_2015");
        UUID procurement = scenario.procurementId();

        Awarding.procurement(procurement, "PA_2031", "EVALUATION");
        award(procurement).statusCode(409).body("title", equalTo("Regime not supported"));
        Awarding.procurement(procurement, "PCR_2015", "SUSPENDED");
        award(procurement).statusCode(409).body("title", equalTo("Not in evaluation"));
        Awarding.procurement(procurement, "PCR_2015", "EVALUATION");
        Awarding.ranking(procurement, List.of(
                Awarding.entry(1, scenario.winningBidId(), scenario.supplierId(), "MLL Telecom Ltd", "84.10", "1050000.00", "QUALIFIED"),
                Awarding.entry(null, UUID.randomUUID(), UUID.randomUUID(), "Referred Ltd", null, "900000.00", "REFERRED_TO_REGULATOR")));
        award(procurement).statusCode(409).body("title", equalTo("Ranking not understood"));
    }

    private static ValidatableResponse award(UUID procurement) {
        return given().auth().oauth2(Awarding.OFFICER).contentType(ContentType.JSON)
                .body(Map.of("procurementId", procurement.toString(), "decisionDate", "2017-12-04")).post("/api/v1/awards").then()
                .contentType("application/problem+json");
    }
}
