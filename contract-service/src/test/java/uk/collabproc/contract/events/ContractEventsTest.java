package uk.collabproc.contract.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.WebhookReceiver;
import uk.collabproc.testsupport.WebhookReceiver.Received;

/**
 * Issue 16: contract-service's events reach the organisations whose sites they are about and those running the contract,
 * and nobody else; a site's milestone is its organisation's business.
 */
@QuarkusTest
class ContractEventsTest {

    private static final String PM = DevTokens.projectManager("RK9");
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Received received) {
        try {
            return JSON.readTree(received.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void subscribe(String token, String endpoint) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("endpoint", endpoint, "eventTypes",
                List.of(ContractEvents.PLAN_READY, ContractEvents.MILESTONE_SLIPPED, ContractEvents.MILESTONE_MET)))
                .post("/api/v1/subscriptions").then().statusCode(201);
    }

    private static JsonNode survey(String contract, String siteCode) {
        return given().auth().oauth2(PM).queryParam("siteCode", siteCode).queryParam("type", "SITE_SURVEY")
                .get("/api/v1/contracts/" + contract + "/milestones").then().statusCode(200).extract().as(JsonNode.class).get(0);
    }

    @Test
    void aSitesMilestoneReachesItsOrganisationAndThoseRunningTheContractOnly() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(DevTokens.member("RH8"), receiver.endpoint("/rh8"));
            subscribe(DevTokens.officer("RA9"), receiver.endpoint("/ra9-co-lead"));
            subscribe(DevTokens.member("RX1"), receiver.endpoint("/rx1-elsewhere"));
            String contract = Awarding.plannedContract(PM);

            receiver.await(
                    received -> received.path().equals("/rh8") && json(received).get("type").asText().equals(ContractEvents.PLAN_READY)
                            && json(received).get("data").get("contractId").asText().equals(contract),
                    1, WITHIN);

            // Derriford's survey slips a week: Plymouth's business, and the co-lead's; not Exeter's.
            JsonNode derriford = survey(contract, "RK9-DERRIFORD");
            LocalDate later = LocalDate.parse(derriford.get("forecastDate").asText()).plusDays(7);
            given().auth().oauth2(PM).contentType(ContentType.JSON)
                    .body(Map.of("forecastDate", later.toString(), "version", derriford.get("version").asLong()))
                    .patch("/api/v1/milestones/" + derriford.get("id").asText()).then().statusCode(200);
            // Exeter's survey is met: RH8's own.
            JsonNode exeter = survey(contract, "RH8-EXETER");
            given().auth().oauth2(PM).contentType(ContentType.JSON)
                    .body(Map.of("dateMet", "2018-03-01", "version", exeter.get("version").asLong()))
                    .patch("/api/v1/milestones/" + exeter.get("id").asText()).then().statusCode(200);

            Received met = receiver.await(received -> received.path().equals("/rh8")
                    && json(received).get("type").asText().equals(ContractEvents.MILESTONE_MET), 1, WITHIN).get(0);
            assertEquals("RH8-EXETER", json(met).get("data").get("siteCode").asText());
            Received slipped = receiver.await(received -> received.path().equals("/ra9-co-lead")
                    && json(received).get("type").asText().equals(ContractEvents.MILESTONE_SLIPPED), 1, WITHIN).get(0);
            assertEquals(7, json(slipped).get("data").get("slipDays").asInt());
            assertEquals("RK9-DERRIFORD", json(slipped).get("data").get("siteCode").asText());
            receiver.await(received -> received.path().equals("/ra9-co-lead")
                    && json(received).get("type").asText().equals(ContractEvents.MILESTONE_MET), 1, WITHIN);

            assertTrue(receiver.received().stream().filter(received -> received.path().equals("/rh8"))
                    .noneMatch(received -> received.body().contains("RK9-")), "nothing of Plymouth's sites reaches RH8");
            assertTrue(receiver.received().stream().noneMatch(received -> received.path().equals("/rx1-elsewhere")),
                    "nothing reaches an organisation outside the contract");
        }
    }
}
