package uk.collabproc.procurement.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.events.WebhookSignature;
import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.Concurrently;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.WebhookReceiver;
import uk.collabproc.testsupport.WebhookReceiver.Received;
import uk.collabproc.testsupport.bodies.TenderBody;

/**
 * Issue 16: partner systems receive CloudEvents through the transactional outbox: signed, retried until answered, never
 * for a change that rolled back, and never about another organisation's data.
 */
@QuarkusTest
class EventDeliveryTest {

    private static final String PATH = "/api/v1/subscriptions";
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookReceiver receiver = new WebhookReceiver();

    @Inject
    StandstillWatch standstills;

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    private static ValidatableResponse subscribe(String token, String endpoint, String... eventTypes) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("endpoint", endpoint, "eventTypes", List.of(eventTypes))).post(PATH).then();
    }

    private static JsonNode json(Received received) {
        try {
            return JSON.readTree(received.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean about(Received received, String type, String procurement) {
        JsonNode event = json(received);
        return event.get("type").asText().equals(type) && event.get("data").get("procurementId").asText().equals(procurement);
    }

    @Test
    void aPublishedTenderReachesASupplierAsASignedCloudEvent() throws Exception {
        String secret = subscribe(DevTokens.supplier("ev-supplier-1"), receiver.endpoint("/hooks"), ProcurementEvents.TENDER_PUBLISHED)
                .statusCode(201).header("Location", startsWith("/api/v1/subscriptions/"))
                .body("subscriberKind", equalTo("SUPPLIER")).body("subscriber", equalTo("ev-supplier-1"))
                .body("secret", startsWith("whsec_")).extract().path("secret");

        String procurement = Fixtures.publishedProcurement("EVENT-SIGNED", "EL1", "EM1");

        Received delivered = receiver.await(received -> about(received, ProcurementEvents.TENDER_PUBLISHED, procurement), 1, WITHIN).get(0);
        assertEquals("application/cloudevents+json", delivered.header("Content-Type"));
        JsonNode event = json(delivered);
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("urn:collabproc:procurement-service", event.get("source").asText());
        assertEquals("procurements/" + procurement, event.get("subject").asText());
        assertEquals("EVENT-SIGNED", event.get("data").get("reference").asText());
        assertEquals(event.get("id").asText(), delivered.header("webhook-id"));
        long timestamp = Long.parseLong(delivered.header("webhook-timestamp"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 300, "a fresh timestamp, so a receiver can refuse replays");
        assertTrue(delivered.signedWith(secret), "signed with the subscription's secret");
        assertFalse(delivered.signedWith(WebhookSignature.newSecret()), "another subscription's secret does not fit");
    }

    @Test
    void aFailingEndpointIsRetriedWithTheSameIdUntilItAnswers() throws Exception {
        String subscription = subscribe(DevTokens.supplier("ev-supplier-2"), receiver.endpoint("/flaky"),
                ProcurementEvents.TENDER_PUBLISHED).statusCode(201).extract().path("id");
        receiver.failNext(2, 503);

        String procurement = Fixtures.publishedProcurement("EVENT-RETRY", "EL2", "EM2");

        List<Received> attempts = receiver.await(received -> about(received, ProcurementEvents.TENDER_PUBLISHED, procurement), 3, WITHIN);
        assertEquals(1, attempts.stream().map(received -> received.header("webhook-id")).distinct().count(), "one event, three attempts");
        assertTrue(Duration.between(attempts.get(0).at(), attempts.get(2).at()).toMillis() >= 1000,
                "backed off: 0.5 s after the first failure, 1 s after the second");
        String eventId = attempts.get(0).header("webhook-id");
        awaitDelivered(DevTokens.supplier("ev-supplier-2"), subscription, eventId)
                .body("find { it.eventId == '" + eventId + "' }.attempts", equalTo(3))
                .body("find { it.eventId == '" + eventId + "' }.lastStatusCode", equalTo(204));
    }

    @Test
    void aDeliveryGivenUpIsSentAgainOnRequestWithItsId() throws Exception {
        String token = DevTokens.supplier("ev-supplier-4");
        String subscription = subscribe(token, receiver.endpoint("/down"), ProcurementEvents.TENDER_PUBLISHED).statusCode(201)
                .extract().path("id");
        receiver.failNext(4, 500);
        String procurement = Fixtures.publishedProcurement("EVENT-REDELIVER", "EL6", "EM6");
        String eventId = receiver.await(received -> about(received, ProcurementEvents.TENDER_PUBLISHED, procurement), 4, WITHIN).get(0)
                .header("webhook-id");

        String delivery = awaitStatus(token, subscription, eventId, "FAILED").body("find { it.eventId == '" + eventId + "' }.attempts",
                equalTo(4)).body("find { it.eventId == '" + eventId + "' }.lastStatusCode", equalTo(500))
                .extract().path("find { it.eventId == '" + eventId + "' }.id");
        given().auth().oauth2(DevTokens.supplier("ev-supplier-5"))
                .post(PATH + "/" + subscription + "/deliveries/" + delivery + "/redelivery")
                .then().statusCode(404);
        given().auth().oauth2(token).post(PATH + "/" + subscription + "/deliveries/" + delivery + "/redelivery").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));

        Received again = receiver.await(received -> about(received, ProcurementEvents.TENDER_PUBLISHED, procurement)
                && received.answered() == 204, 1, WITHIN).get(0);
        assertEquals(eventId, again.header("webhook-id"));
        awaitStatus(token, subscription, eventId, "DELIVERED");
        // Asked for again while the endpoint is down: it stays pending through its attempts, and cannot be asked for twice.
        receiver.failNext(10, 503);
        given().auth().oauth2(token).post(PATH + "/" + subscription + "/deliveries/" + delivery + "/redelivery").then().statusCode(200);
        given().auth().oauth2(token).post(PATH + "/" + subscription + "/deliveries/" + delivery + "/redelivery").then().statusCode(409);
    }

    private static ValidatableResponse awaitDelivered(String token, String subscription, String eventId) throws InterruptedException {
        return awaitStatus(token, subscription, eventId, "DELIVERED");
    }

    private static ValidatableResponse awaitStatus(String token, String subscription, String eventId, String expected)
            throws InterruptedException {
        Instant until = Instant.now().plus(WITHIN);
        while (true) {
            ValidatableResponse deliveries = given().auth().oauth2(token).get(PATH + "/" + subscription + "/deliveries").then()
                    .statusCode(200);
            String status = deliveries.extract().path("find { it.eventId == '" + eventId + "' }.status");
            if (expected.equals(status) || Instant.now().isAfter(until)) {
                return deliveries.body("find { it.eventId == '" + eventId + "' }.status", equalTo(expected));
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aSlowEndpointHoldsUpNobodyElse() throws Exception {
        receiver.slow("/slow-1", Duration.ofMillis(2000));
        receiver.slow("/slow-2", Duration.ofMillis(2000));
        for (String path : List.of("/slow-1", "/slow-2", "/fast")) {
            subscribe(DevTokens.supplier("ev-supplier" + path), receiver.endpoint(path), ProcurementEvents.TENDER_PUBLISHED)
                    .statusCode(201);
        }

        String procurement = Fixtures.publishedProcurement("EVENT-SLOW", "EL7", "EM7");

        List<Received> arrived = receiver.await(received -> about(received, ProcurementEvents.TENDER_PUBLISHED, procurement), 3, WITHIN);
        Instant first = arrived.stream().map(Received::at).min(Instant::compareTo).orElseThrow();
        Instant last = arrived.stream().map(Received::at).max(Instant::compareTo).orElseThrow();
        // One after another, the second slow endpoint would be called 2 s after the first: they are called together.
        assertTrue(Duration.between(first, last).toMillis() < 1500, "sent together: " + Duration.between(first, last));
    }

    @Test
    void aChangeThatRolledBackSendsNothing() throws Exception {
        subscribe(DevTokens.supplier("ev-supplier-3"), receiver.endpoint("/rollback"), ProcurementEvents.TENDER_PUBLISHED).statusCode(201);
        // Refused by its tender notice, which lacks the description: the publication and its event roll back together.
        String refused = Fixtures.readyToPublish("EVENT-REFUSED", "EL3", "EM3", TenderBody.tender().without("description"));
        given().auth().oauth2(Fixtures.officerOf(refused)).post("/api/v1/procurements/" + refused + "/publish").then().statusCode(400);

        String published = Fixtures.publishedProcurement("EVENT-AFTER", "EL3", "EM3");

        // The later publication's event arrives, so the dispatcher has passed the refused one: there is nothing of it.
        receiver.await(received -> about(received, ProcurementEvents.TENDER_PUBLISHED, published), 1, WITHIN);
        assertTrue(receiver.received().stream().noneMatch(received -> about(received, ProcurementEvents.TENDER_PUBLISHED, refused)));
    }

    @Test
    void anOrganisationHearsOfItsOwnRequirementsAndNeverOfAnothers() throws Exception {
        subscribe(DevTokens.member("EMX"), receiver.endpoint("/requirements"), ProcurementEvents.REQUIREMENT_APPROVED,
                ProcurementEvents.REQUIREMENT_RETURNED).statusCode(201);

        // EMY's requirement is approved first, then EMX's: EMX hears of its own only.
        String other = Fixtures.publishedProcurement("EVENT-OTHER", "EL4", "EMY");
        String own = Fixtures.publishedProcurement("EVENT-OWN", "EL4", "EMX");

        Received approved = receiver.await(received -> about(received, ProcurementEvents.REQUIREMENT_APPROVED, own), 1, WITHIN).get(0);
        assertEquals("EMX", json(approved).get("data").get("odsCode").asText());
        assertEquals("EVENT-OWN-A", json(approved).get("data").get("siteCode").asText());
        assertTrue(receiver.received().stream().noneMatch(received -> json(received).toString().contains(other)),
                "nothing of EMY's procurement reaches EMX");
    }

    @Test
    void theWinningSupplierHearsOfTheAwardAndTheEndOfItsStandstill() throws Exception {
        subscribe(DevTokens.supplier(Fixtures.SUPPLIER_ID), receiver.endpoint("/award"), ProcurementEvents.AWARD_DECIDED,
                ProcurementEvents.STANDSTILL_ENDED).statusCode(201);
        String procurement = Fixtures.publishedProcurement("EVENT-AWARD", "EL5", "EM5");
        Fixtures.clock("2017-11-07T09:00:00Z");
        given().auth().oauth2(DevTokens.service("contract-service")).contentType(ContentType.JSON)
                .body(Fixtures.awardDecision(UUID.randomUUID(), "2017-12-04", "2017-12-15T00:00:00Z"))
                .post("/api/v1/procurements/" + procurement + "/award-decision").then().statusCode(200);
        receiver.await(received -> about(received, ProcurementEvents.AWARD_DECIDED, procurement), 1, WITHIN);

        standstills.announceEndedStandstills();
        assertTrue(receiver.received().stream().noneMatch(received -> about(received, ProcurementEvents.STANDSTILL_ENDED, procurement)));
        Fixtures.clock("2017-12-15T00:00:01Z");
        standstills.announceEndedStandstills();
        standstills.announceEndedStandstills();

        receiver.await(received -> about(received, ProcurementEvents.STANDSTILL_ENDED, procurement), 1, WITHIN);
        Thread.sleep(1000);
        assertEquals(1, receiver.received().stream().filter(received -> about(received, ProcurementEvents.STANDSTILL_ENDED, procurement))
                .count(), "announced once");

        // A contract concluded before the watch came round: its standstill's end is announced all the same.
        String concluded = Fixtures.publishedProcurement("EVENT-AWARD-2", "EL5", "EM5");
        Fixtures.clock("2017-11-07T09:00:00Z");
        UUID award = UUID.randomUUID();
        given().auth().oauth2(DevTokens.service("contract-service")).contentType(ContentType.JSON)
                .body(Fixtures.awardDecision(award, "2017-12-04", "2017-12-15T00:00:00Z"))
                .post("/api/v1/procurements/" + concluded + "/award-decision").then().statusCode(200);
        Fixtures.clock("2017-12-18T09:00:00Z");
        given().auth().oauth2(DevTokens.service("contract-service")).contentType(ContentType.JSON)
                .body(Fixtures.contractConclusion(award, UUID.randomUUID(), "2017-12-18"))
                .post("/api/v1/procurements/" + concluded + "/contract-conclusion").then().statusCode(200);
        standstills.announceEndedStandstills();
        receiver.await(received -> about(received, ProcurementEvents.STANDSTILL_ENDED, concluded), 1, WITHIN);
    }

    @Test
    void eachLotsWinnerHearsOfItsLotsAwardAndStandstillOnly() throws Exception {
        String lot2Winner = "7e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
        subscribe(DevTokens.supplier(lot2Winner), receiver.endpoint("/lot2"), ProcurementEvents.AWARD_DECIDED,
                ProcurementEvents.STANDSTILL_ENDED).statusCode(201);
        String procurement = Fixtures.publishedInTwoLots("EVENT-LOTS", "EL9", "EA9", "EP9");
        Fixtures.clock("2025-05-07T09:00:00Z");
        UUID lot1 = UUID.randomUUID();
        UUID lot2 = UUID.randomUUID();
        given().auth().oauth2(DevTokens.service("contract-service")).contentType(ContentType.JSON)
                .body(Fixtures.awardDecision(lot1, "2025-05-07", "2025-05-19T23:00:00Z", "1", Fixtures.SUPPLIER_ID))
                .post("/api/v1/procurements/" + procurement + "/award-decision").then().statusCode(200);
        given().auth().oauth2(DevTokens.service("contract-service")).contentType(ContentType.JSON)
                .body(Fixtures.awardDecision(lot2, "2025-05-08", "2025-05-20T23:00:00Z", "2", lot2Winner))
                .post("/api/v1/procurements/" + procurement + "/award-decision").then().statusCode(200);

        Received award = receiver.await(received -> about(received, ProcurementEvents.AWARD_DECIDED, procurement), 1, WITHIN).get(0);
        assertEquals("2", json(award).get("data").get("lot").asText());
        assertEquals(lot2.toString(), json(award).get("data").get("awardId").asText());

        // Lot 1's standstill ends first: not lot 2's winner's business. Then lot 2's.
        Fixtures.clock("2025-05-20T09:00:00Z");
        standstills.announceEndedStandstills();
        Fixtures.clock("2025-05-21T09:00:00Z");
        standstills.announceEndedStandstills();
        standstills.announceEndedStandstills();
        Received ended = receiver.await(received -> about(received, ProcurementEvents.STANDSTILL_ENDED, procurement), 1, WITHIN).get(0);
        assertEquals("2", json(ended).get("data").get("lot").asText());
        Thread.sleep(1000);
        assertTrue(receiver.received().stream().noneMatch(received -> json(received).toString().contains(lot1.toString())),
                "nothing of lot 1 reaches lot 2's winner");
        assertEquals(2, receiver.received().size(), "one award and one standstill end, each once");
    }

    @Test
    void clientsSubscribingOneEndpointAtOnceMakeOneSubscription() {
        String endpoint = receiver.endpoint("/race");
        List<io.restassured.response.ExtractableResponse<io.restassured.response.Response>> answers = Concurrently.run(8,
                i -> subscribe(DevTokens.member("EMR"), endpoint, ProcurementEvents.TENDER_PUBLISHED).extract());

        assertEquals(1, answers.stream().filter(answer -> answer.statusCode() == 201).count(), "one subscription");
        assertEquals(7, answers.stream().filter(answer -> answer.statusCode() == 409).count(), "seven told it exists");
        assertEquals(1, answers.stream().map(answer -> answer.header("Location")).distinct().count(), "all pointing at it");
        given().auth().oauth2(DevTokens.member("EMR")).get(PATH).then().header("X-Total-Count", "1");
    }

    @Test
    void subscriptionsAreTheirOwnersAloneAndAskedForClearly() {
        String endpoint = receiver.endpoint("/own");
        String location = subscribe(DevTokens.member("EMZ"), endpoint, ProcurementEvents.TENDER_PUBLISHED).statusCode(201)
                .extract().header("Location");
        subscribe(DevTokens.officer("EMZ"), endpoint, ProcurementEvents.TENDER_PUBLISHED).statusCode(409).header("Location", location);

        given().auth().oauth2(DevTokens.officer("EMZ")).get(location).then().statusCode(200).body("endpoint", equalTo(endpoint))
                .body("secret", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(DevTokens.member("EMW")).get(location).then().statusCode(404);
        given().auth().oauth2(DevTokens.supplier("EMZ")).get(location).then().statusCode(404);
        given().auth().oauth2(DevTokens.member("EMW")).get(PATH).then().statusCode(200).body("endpoint", org.hamcrest.Matchers.not(
                hasItem(endpoint)));
        given().auth().oauth2(DevTokens.evaluator("ev-evaluator")).get(PATH).then().statusCode(403);

        subscribe(DevTokens.member("EMZ"), "http://partner.example.nhs.uk/events", ProcurementEvents.TENDER_PUBLISHED).statusCode(400)
                .body("violations.field", contains("endpoint")).body("violations[0].message", containsString("https"));
        subscribe(DevTokens.member("EMZ"), "https://partner.example.nhs.uk/events", "uk.collabproc.bid.opened").statusCode(400)
                .body("violations.field", contains("eventTypes[0]"));
        subscribe(DevTokens.member("EMZ"), "https://169.254.169.254/latest/meta-data", ProcurementEvents.TENDER_PUBLISHED).statusCode(400)
                .body("violations.field", contains("endpoint"));
        given().auth().oauth2(DevTokens.member("EMZ")).get(PATH + "/event-types").then().statusCode(200)
                .body("type", hasItem(ProcurementEvents.STANDSTILL_ENDED));

        given().auth().oauth2(DevTokens.member("EMW")).delete(location).then().statusCode(404);
        given().auth().oauth2(DevTokens.member("EMZ")).delete(location).then().statusCode(204);
        given().auth().oauth2(DevTokens.member("EMZ")).get(location).then().statusCode(404);
        subscribe(DevTokens.member("EMZ"), endpoint, ProcurementEvents.TENDER_PUBLISHED).statusCode(201);
    }
}
