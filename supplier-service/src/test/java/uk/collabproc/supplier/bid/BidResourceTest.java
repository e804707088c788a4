package uk.collabproc.supplier.bid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.supplier.testing.Bidding.AFTER_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.BEFORE_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.OFFICER;
import static uk.collabproc.supplier.testing.Bidding.bid;
import static uk.collabproc.supplier.testing.Bidding.bids;
import static uk.collabproc.supplier.testing.Bidding.clock;
import static uk.collabproc.supplier.testing.Bidding.price;
import static uk.collabproc.supplier.testing.Bidding.publishedTender;
import static uk.collabproc.supplier.testing.Bidding.submit;
import static uk.collabproc.supplier.testing.Bidding.supplier;
import static uk.collabproc.supplier.testing.Bidding.supplierToken;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.supplier.testing.FakeProcurementService;
import uk.collabproc.testsupport.Concurrently;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.Metrics;
import uk.collabproc.testsupport.bodies.BidBody;

@QuarkusTest
@QuarkusTestResource(FakeProcurementService.class)
class BidResourceTest {

    /** A bid of MLL Telecom on a published tender, before the deadline, which the clock stays at. */
    private record Submitted(UUID procurement, String token, String location) {
    }

    private static Submitted submitted() {
        UUID procurement = publishedTender();
        String token = supplierToken(supplier("MLL Telecom Ltd", true));
        clock(BEFORE_DEADLINE);
        String location = given().auth().oauth2(token).contentType(ContentType.JSON).body(bid("50000.00", "200000.00"))
                .post(bids(procurement)).then().statusCode(201).extract().header("Location");
        return new Submitted(procurement, token, location);
    }

    private static io.restassured.response.ValidatableResponse replace(Submitted submitted, Map<String, Object> replacement) {
        return given().auth().oauth2(submitted.token()).contentType(ContentType.JSON).body(replacement).put(submitted.location()).then();
    }

    private static Map<String, Object> replacementOfVersion0() {
        Map<String, Object> replacement = bid("40000.00", "190000.00");
        replacement.put("version", 0);
        return replacement;
    }

    @Test
    void aSubmittedBidIsActiveAtVersion0AndTheSuppliersTokenIsPassedOn() {
        UUID procurement = publishedTender();
        UUID supplier = supplier("MLL Telecom Ltd", true);
        String token = supplierToken(supplier);
        clock(BEFORE_DEADLINE);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(bid("50000.00", "200000.00"))
                .post(bids(procurement)).then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/procurements/" + procurement + "/bids/[0-9a-f-]{36}"))
                .body("status", equalTo("ACTIVE")).body("supplierName", equalTo("MLL Telecom Ltd"))
                .body("prices", hasSize(2)).body("version", equalTo(0));
        assertEquals("Bearer " + token, Bidding.lastAuthorizationSeenByProcurementService(), "the caller's token is passed on");
    }

    @Test
    void aStoredBidIsCountedAndASecondOneOfTheSameSupplierRefusedIsNot() {
        double before = Metrics.value("collab_bids_received_total");
        Submitted submitted = submitted();
        assertEquals(before + 1, Metrics.value("collab_bids_received_total"));

        given().auth().oauth2(submitted.token()).contentType(ContentType.JSON).body(bid("1.00", "1.00")).post(bids(submitted.procurement()))
                .then().statusCode(409);
        assertEquals(before + 1, Metrics.value("collab_bids_received_total"), "a refused bid is not received");
    }

    @Test
    void theSupplierReadsItsBid() {
        Submitted submitted = submitted();

        given().auth().oauth2(submitted.token()).get(submitted.location()).then().statusCode(200).body("prices[0].oneOff",
                equalTo(50000.00f));
    }

    @Test
    void aReplacementMustSayWhichVersionItReplaces() {
        Submitted submitted = submitted();

        replace(submitted, bid("40000.00", "190000.00"))
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItems("version"));
    }

    @Test
    void aReplacementOfTheCurrentVersionReplacesTheBid() {
        Submitted submitted = submitted();

        replace(submitted, replacementOfVersion0()).statusCode(200).body("prices[0].oneOff", equalTo(40000.00f)).body("version",
                equalTo(1));
    }

    @Test
    void aReplacementBasedOnAnOldVersionIsStale() {
        Submitted submitted = submitted();
        replace(submitted, replacementOfVersion0()).statusCode(200);

        // A second client still holding version 0 loses nothing silently: it is told to re-read.
        replace(submitted, replacementOfVersion0())
                .statusCode(409).contentType("application/problem+json").body("title", equalTo("Stale version"));
    }

    @Test
    void aWithdrawnBidStaysOnRecordAsWithdrawn() {
        Submitted submitted = submitted();

        given().auth().oauth2(submitted.token()).delete(submitted.location()).then().statusCode(204);
        given().auth().oauth2(submitted.token()).get(submitted.location()).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void onceItsBidIsWithdrawnTheSupplierMayBidAfresh() {
        Submitted submitted = submitted();
        given().auth().oauth2(submitted.token()).delete(submitted.location()).then().statusCode(204);

        given().auth().oauth2(submitted.token()).contentType(ContentType.JSON).body(bid("45000.00", "195000.00"))
                .post(bids(submitted.procurement())).then().statusCode(201);
        given().auth().oauth2(submitted.token()).get(bids(submitted.procurement())).then().statusCode(200).header("X-Total-Count", "2");
    }

    @Test
    void aBidThatDoesNotAnswerTheTenderIsRefusedWithEveryReason() {
        UUID procurement = publishedTender();
        UUID supplier = supplier("Incomplete Networks Ltd", true);
        clock(BEFORE_DEADLINE);
        Map<String, Object> bid = BidBody.bid()
                .withPrices(List.of(price("L-A", "1.00", "1.00"), price("L-A", "1.00", "1.00"), price("L-Z", "1.00", "1.00")))
                .withAnswers(List.of(BidBody.answer("Q1", "Answer"), BidBody.answer("PRICE", "Cheap"))).withDeclarations(List.of()).asMap();

        given().auth().oauth2(supplierToken(supplier)).contentType(ContentType.JSON).body(bid).post(bids(procurement))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("prices[1].lineId", "prices[2].lineId", "prices", "answers[1].criterionCode",
                        "answers", "declarations"))
                .body("violations.message", hasItems("missing pricing-schedule line 'L-B'", "missing QUALITY criterion 'Q2'",
                        "missing PASS_FAIL criterion 'PF1'", "'L-Z' is not a pricing-schedule line of this tender"));
        Map<String, Object> negative = bid("-1.00", "0.001");
        given().auth().oauth2(supplierToken(supplier)).contentType(ContentType.JSON).body(negative).post(bids(procurement))
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(supplierToken(supplier)).get(bids(procurement)).then().statusCode(200).header("X-Total-Count", "0");
    }

    /** Two bids on one tender, the owner's and a rival's, and an evaluator assigned who declared no conflict. */
    private record Sealed(UUID procurement, UUID owner, UUID rival, String location, String evaluator) {
    }

    private static Sealed sealed() {
        UUID procurement = publishedTender();
        UUID owner = supplier("Sealed Owner Ltd", true);
        UUID rival = supplier("Rival Ltd", true);
        UUID bid = submit(procurement, owner, bid("1000.00", "100.00"));
        submit(procurement, rival, bid("2000.00", "100.00"));
        return new Sealed(procurement, owner, rival, bids(procurement) + "/" + bid, Bidding.evaluator(procurement, "evaluator-sealing"));
    }

    @Test
    void beforeTheDeadlineASupplierReadsItsOwnBidAndNoOther() {
        Sealed sealed = sealed();
        clock(BEFORE_DEADLINE);

        given().auth().oauth2(supplierToken(sealed.owner())).get(sealed.location()).then().statusCode(200);
        given().auth().oauth2(supplierToken(sealed.rival())).get(sealed.location()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(supplierToken(sealed.rival())).get(bids(sealed.procurement())).then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("supplierId", equalTo(List.of(sealed.rival().toString())));
    }

    @Test
    void beforeTheDeadlineTheOfficerIsToldTheBidsAreSealedAndSeesOnlyTheReceipt() {
        Sealed sealed = sealed();
        clock(BEFORE_DEADLINE);

        given().auth().oauth2(OFFICER).get(sealed.location()).then().statusCode(409).body("title", equalTo("Bids are sealed"));
        given().auth().oauth2(OFFICER).get(bids(sealed.procurement())).then().statusCode(409).body("detail", containsString("receipt"));
        given().auth().oauth2(OFFICER).get(bids(sealed.procurement()) + "/receipt").then().statusCode(200)
                .body("bidsReceived", equalTo(2)).body("sealed", equalTo(true));
    }

    @Test
    void beforeTheDeadlineAnEvaluatorReadsNoBid() {
        Sealed sealed = sealed();
        clock(BEFORE_DEADLINE);

        given().auth().oauth2(sealed.evaluator()).get(sealed.location()).then().statusCode(409);
    }

    @Test
    void aMemberMayNotReadABidAndNobodyWithoutATokenMay() {
        Sealed sealed = sealed();
        clock(BEFORE_DEADLINE);

        given().auth().oauth2(DevTokens.member("RK9")).get(sealed.location()).then().statusCode(403);
        given().get(sealed.location()).then().statusCode(401);
    }

    @Test
    void fromTheDeadlineTheOfficerAndTheEvaluatorsReadEveryBid() {
        Sealed sealed = sealed();
        clock(AFTER_DEADLINE);

        given().auth().oauth2(OFFICER).get(bids(sealed.procurement())).then().statusCode(200).header("X-Total-Count", "2");
        given().auth().oauth2(OFFICER).get(sealed.location()).then().statusCode(200).body("prices", hasSize(2));
        given().auth().oauth2(sealed.evaluator()).get(sealed.location()).then().statusCode(200);
    }

    @Test
    void fromTheDeadlineASupplierStillReadsOnlyItsOwnBid() {
        Sealed sealed = sealed();
        clock(AFTER_DEADLINE);

        given().auth().oauth2(supplierToken(sealed.owner())).get(sealed.location()).then().statusCode(200);
        given().auth().oauth2(supplierToken(sealed.rival())).get(sealed.location()).then().statusCode(404);
    }

    @Test
    void fromTheDeadlineNobodyReplacesWithdrawsOrSubmitsABid() {
        Sealed sealed = sealed();
        clock(AFTER_DEADLINE);

        Map<String, Object> late = bid("1.00", "1.00");
        late.put("version", 0);
        given().auth().oauth2(supplierToken(sealed.owner())).contentType(ContentType.JSON).body(late).put(sealed.location())
                .then().statusCode(409).body("title", equalTo("Tender closed"));
        given().auth().oauth2(supplierToken(sealed.owner())).delete(sealed.location()).then().statusCode(409).body("title",
                equalTo("Tender closed"));
        given().auth().oauth2(supplierToken(supplier("Latecomer Ltd", true))).contentType(ContentType.JSON).body(late)
                .post(bids(sealed.procurement())).then().statusCode(409).body("title", equalTo("Tender closed"));
    }

    @Test
    void fromTheDeadlineTheReceiptIsNoLongerSealed() {
        Sealed sealed = sealed();
        clock(AFTER_DEADLINE);

        given().auth().oauth2(OFFICER).get(bids(sealed.procurement()) + "/receipt").then().statusCode(200)
                .body("bidsReceived", equalTo(2)).body("sealed", equalTo(false));
    }

    @Test
    void anEvaluatorNeverSeesTheBidOfASupplierTheyDeclaredAConflictWith() {
        UUID procurement = publishedTender();
        UUID friend = supplier("Friendly Networks Ltd", true);
        UUID other = supplier("Other Networks Ltd", true);
        UUID friendsBid = submit(procurement, friend, bid("1000.00", "100.00"));
        UUID otherBid = submit(procurement, other, bid("1000.00", "100.00"));
        String conflicted = Bidding.evaluator(procurement, "evaluator-conflicted", friend);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("evaluatorId", "evaluator-undeclared", "name", "Late"))
                .post("/api/v1/procurements/" + procurement + "/evaluators").then().statusCode(201);
        clock(AFTER_DEADLINE);

        given().auth().oauth2(conflicted).get(bids(procurement)).then().statusCode(200).header("X-Total-Count", "1")
                .body("id", equalTo(List.of(otherBid.toString())));
        given().auth().oauth2(conflicted).get(bids(procurement) + "/" + friendsBid).then().statusCode(404);
        given().auth().oauth2(conflicted).contentType(ContentType.JSON).body(Map.of("score", 3, "rationale", "Fine"))
                .put(bids(procurement) + "/" + friendsBid + "/scores/Q1").then().statusCode(404);
        given().auth().oauth2(DevTokens.evaluator("evaluator-undeclared")).get(bids(procurement))
                .then().statusCode(409).body("title", equalTo("Conflicts not declared"));
        given().auth().oauth2(DevTokens.evaluator("evaluator-unassigned")).get(bids(procurement)).then().statusCode(404);
    }

    @Test
    void concurrentSubmissionsOfOneSupplierLeaveExactlyOneActiveBid() throws Exception {
        UUID procurement = publishedTender();
        UUID supplier = supplier("Eager Retry Ltd", true);
        clock(BEFORE_DEADLINE);
        String token = supplierToken(supplier);
        List<Response> responses = Concurrently.run(8, submission -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(bid("10.00", "10.00")).post(bids(procurement)));
        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertEquals(1, created.size(), "exactly one submission creates a bid");
        String winner = created.get(0).header("Location");
        responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> {
            assertEquals(409, r.statusCode());
            assertTrue(winner.endsWith(r.header("Location")), "every loser points at the bid that won");
        });
        given().auth().oauth2(token).get(bids(procurement)).then().statusCode(200).header("X-Total-Count", "1");
    }

    @Test
    void whileProcurementServiceCannotBeReachedBiddingAnswers503AndStoresNothing() {
        UUID procurement = publishedTender();
        UUID supplier = supplier("Patient Networks Ltd", true);
        clock(BEFORE_DEADLINE);
        Bidding.procurementServiceDown();
        try {
            given().auth().oauth2(supplierToken(supplier)).contentType(ContentType.JSON).body(bid("10.00", "10.00"))
                    .post(bids(procurement)).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "10").body("detail", containsString("nothing has been changed"));
        } finally {
            Bidding.procurementServiceUp();
        }
        given().auth().oauth2(supplierToken(supplier)).get(bids(procurement)).then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void onlyRegisteredSuppliersBidAndOnlyOnPublishedTenders() {
        UUID procurement = publishedTender();
        clock(BEFORE_DEADLINE);
        given().auth().oauth2(supplierToken(UUID.randomUUID())).contentType(ContentType.JSON).body(bid("10.00", "10.00"))
                .post(bids(procurement)).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(supplierToken(supplier("Early Bird Ltd", true))).contentType(ContentType.JSON).body(bid("10.00", "10.00"))
                .post(bids(UUID.randomUUID())).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(bid("10.00", "10.00"))
                .post(bids(procurement)).then().statusCode(403);
    }
}
