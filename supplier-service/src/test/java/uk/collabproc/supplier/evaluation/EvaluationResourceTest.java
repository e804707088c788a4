package uk.collabproc.supplier.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.collabproc.supplier.testing.Bidding.AFTER_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.BEFORE_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.OFFICER;
import static uk.collabproc.supplier.testing.Bidding.bid;
import static uk.collabproc.supplier.testing.Bidding.clock;
import static uk.collabproc.supplier.testing.Bidding.moderate;
import static uk.collabproc.supplier.testing.Bidding.publishedTender;
import static uk.collabproc.supplier.testing.Bidding.submit;
import static uk.collabproc.supplier.testing.Bidding.supplier;
import static uk.collabproc.supplier.testing.Bidding.supplierToken;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.testsupport.DevTokens;

@QuarkusTest
class EvaluationResourceTest {

    @Test
    void evaluatorsAreAssignedOnceAndDeclareTheirConflictsBeforeScoring() {
        UUID procurement = publishedTender();
        UUID bid = submit(procurement, supplier("Declared Ltd", true), bid("10.00", "10.00"));
        String evaluators = "/api/v1/procurements/" + procurement + "/evaluators";
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("evaluatorId", "evaluator-ann", "name", "Ann Evans"))
                .post(evaluators).then().statusCode(201).header("Location", endsWith(evaluators + "/evaluator-ann"))
                .body("declared", equalTo(false));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("evaluatorId", "evaluator-ann", "name", "Ann Evans"))
                .post(evaluators).then().statusCode(409).header("Location", endsWith(evaluators + "/evaluator-ann"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("evaluatorId", "", "name", "Nobody"))
                .post(evaluators).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(OFFICER).get(evaluators).then().statusCode(200).header("X-Total-Count", "1");
        String ann = DevTokens.evaluator("evaluator-ann");
        clock(AFTER_DEADLINE);

        scoreAs(ann, procurement, bid, "Q1", 3, null).statusCode(409).body("title", equalTo("Conflicts not declared"));
        Map<String, Object> declaration = Map.of("conflictedSupplierIds", List.of(), "statement", "No interests to declare");
        given().auth().oauth2(DevTokens.evaluator("evaluator-bob")).contentType(ContentType.JSON).body(declaration)
                .put(evaluators + "/evaluator-ann/declaration").then().statusCode(404);
        given().auth().oauth2(ann).contentType(ContentType.JSON).body(declaration)
                .put(evaluators + "/evaluator-ann/declaration").then().statusCode(200).body("declared", equalTo(true)).body("version", equalTo(1));
        given().auth().oauth2(ann).contentType(ContentType.JSON).body(declaration)
                .put(evaluators + "/evaluator-ann/declaration").then().statusCode(400);
        given().auth().oauth2(ann).get(evaluators + "/evaluator-ann").then().statusCode(200).body("statement", equalTo("No interests to declare"));
        given().auth().oauth2(ann).get(evaluators).then().statusCode(403);
        scoreAs(ann, procurement, bid, "Q1", 3, null).statusCode(200).body("evaluatorId", equalTo("evaluator-ann"));
    }

    @Test
    void scoresAreWholePointsOnTheScaleWithARationaleAndNeverLostSilently() {
        UUID procurement = publishedTender();
        UUID bid = submit(procurement, supplier("Scored Ltd", true), bid("10.00", "10.00"));
        String evaluator = Bidding.evaluator(procurement, "evaluator-scores");

        scoreAs(evaluator, procurement, bid, "Q1", 3, null).statusCode(409).body("title", equalTo("Bids are sealed"));
        clock(AFTER_DEADLINE);
        scoreAs(evaluator, procurement, bid, "Q1", 6, null).statusCode(400).body("violations.field", hasItem("score"));
        scoreAs(evaluator, procurement, bid, "Q1", -1, null).statusCode(400);
        given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(Map.of("score", 3, "rationale", " "))
                .put(scores(procurement, bid, "Q1")).then().statusCode(400).contentType("application/problem+json");
        scoreAs(evaluator, procurement, bid, "PRICE", 3, null).statusCode(404);
        scoreAs(evaluator, procurement, bid, "Q9", 3, null).statusCode(404);
        scoreAs(evaluator, procurement, UUID.randomUUID(), "Q1", 3, null).statusCode(404);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("score", 3, "rationale", "Officer"))
                .put(scores(procurement, bid, "Q1")).then().statusCode(403);

        scoreAs(evaluator, procurement, bid, "Q1", 3, null).statusCode(200).body("score", equalTo(3)).body("version", equalTo(0));
        scoreAs(evaluator, procurement, bid, "Q1", 4, null).statusCode(409).header("Location", endsWith(scores(procurement, bid, "Q1")));
        scoreAs(evaluator, procurement, bid, "Q1", 4, 0L).statusCode(200).body("score", equalTo(4)).body("version", equalTo(1));
        scoreAs(evaluator, procurement, bid, "Q1", 5, 0L).statusCode(409).body("title", equalTo("Stale version"));
        matrix(procurement).body("bids[0].quality[0].scores.score", contains(4));
    }

    @Test
    void moderationLocksTheBidsIndividualScoresAndDiscrepanciesAreFlagged() {
        UUID procurement = publishedTender();
        UUID bid = submit(procurement, supplier("Moderated Ltd", true), bid("10.00", "10.00"));
        String first = Bidding.evaluator(procurement, "evaluator-first");
        String second = Bidding.evaluator(procurement, "evaluator-second");
        clock(AFTER_DEADLINE);
        scoreAs(first, procurement, bid, "Q1", 1, null).statusCode(200);
        scoreAs(second, procurement, bid, "Q1", 4, null).statusCode(200);
        scoreAs(first, procurement, bid, "Q2", 3, null).statusCode(200);
        scoreAs(second, procurement, bid, "Q2", 5, null).statusCode(200);

        matrix(procurement).body("complete", equalTo(false))
                .body("bids[0].status", equalTo("NOT_EVALUABLE"))
                .body("bids[0].quality.find { it.criterionCode == 'Q1' }.discrepancy", equalTo(true))
                .body("bids[0].quality.find { it.criterionCode == 'Q2' }.discrepancy", equalTo(false))
                .body("bids[0].quality.find { it.criterionCode == 'Q1' }.moderated", nullValue())
                .body("bids[0].passFail[0].met", equalTo(true));

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("score", 3, "rationale", "Agreed at moderation"))
                .put(moderated(procurement, bid, "Q1")).then().statusCode(200).body("score", equalTo(3));
        scoreAs(first, procurement, bid, "Q3", 2, null).statusCode(409).body("title", equalTo("Scores locked"));
        scoreAs(first, procurement, bid, "Q1", 2, 0L).statusCode(409).body("title", equalTo("Scores locked"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("score", 2, "rationale", "Again"))
                .put(moderated(procurement, bid, "Q1")).then().statusCode(409).header("Location", endsWith(moderated(procurement, bid, "Q1")));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("version", 7, "score", 2, "rationale", "Again"))
                .put(moderated(procurement, bid, "Q1")).then().statusCode(409).body("title", equalTo("Stale version"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("version", 0, "score", 2, "rationale", "Revisited"))
                .put(moderated(procurement, bid, "Q1")).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("score", 9, "rationale", "Off scale"))
                .put(moderated(procurement, bid, "Q2")).then().statusCode(400);
        given().auth().oauth2(first).contentType(ContentType.JSON).body(Map.of("score", 2, "rationale", "Not mine"))
                .put(moderated(procurement, bid, "Q2")).then().statusCode(403);
        matrix(procurement).body("bids[0].quality.find { it.criterionCode == 'Q1' }.moderated.score", equalTo(2));
    }

    @Test
    void aConflictDeclaredAfterScoringWithdrawsTheScoresGivenToThatSupplier() {
        UUID procurement = publishedTender();
        UUID supplier = supplier("Late Conflict Ltd", true);
        UUID bid = submit(procurement, supplier, bid("10.00", "10.00"));
        String evaluator = Bidding.evaluator(procurement, "evaluator-late");
        clock(AFTER_DEADLINE);
        scoreAs(evaluator, procurement, bid, "Q1", 3, null).statusCode(200);
        given().auth().oauth2(evaluator).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "conflictedSupplierIds", List.of(supplier), "statement", "My brother-in-law runs it"))
                .put("/api/v1/procurements/" + procurement + "/evaluators/evaluator-late/declaration").then().statusCode(200);
        matrix(procurement).body("bids[0].quality[0].scores", hasSize(0));
    }

    @Test
    void theRankingFollowsTheWorkedExampleAndReportsUnmoderatedBidsAsNotEvaluable() {
        UUID procurement = publishedTender();
        UUID supplierA = supplier("Supplier A Ltd", true);
        UUID supplierB = supplier("Supplier B Ltd", true);
        UUID a = submit(procurement, supplierA, bid("50000.00", "200000.00"));
        UUID b = submit(procurement, supplierB, bid("100000.00", "180000.00"));

        given().auth().oauth2(OFFICER).get(ranking(procurement)).then().statusCode(409).body("title", equalTo("Bids are sealed"));
        clock(AFTER_DEADLINE);
        moderate(procurement, a, 4, 3, 5);
        given().auth().oauth2(OFFICER).get(ranking(procurement)).then().statusCode(200)
                .body("status", contains("QUALIFIED", "NOT_EVALUABLE"))
                .body("[1].bidId", equalTo(b.toString())).body("[1].rank", nullValue());
        given().auth().oauth2(OFFICER).get(sensitivity(procurement)).then().statusCode(409).body("title", equalTo("Evaluation incomplete"));
        moderate(procurement, b, 3, 4, 3);

        given().auth().oauth2(OFFICER).get(ranking(procurement)).then().statusCode(200)
                .body("bidId", contains(a.toString(), b.toString()))
                .body("rank", contains(1, 2))
                .body("supplierName", contains("Supplier A Ltd", "Supplier B Ltd"))
                .body("qualityScore", contains(46.00f, 40.00f))
                .body("priceScore", contains(38.10f, 40.00f))
                .body("totalScore", contains(84.10f, 80.00f))
                .body("evaluatedPrice", contains(1050000.00f, 1000000.00f))
                .body("status", contains("QUALIFIED", "QUALIFIED"));
        given().auth().oauth2(DevTokens.evaluator("evaluator-x")).get(ranking(procurement)).then().statusCode(403);

        given().auth().oauth2(OFFICER).get(sensitivity(procurement)).then().statusCode(200)
                .body("winningBidId", equalTo(a.toString()))
                .body("weights.find { it.criterionCode == 'PRICE' }.highestWeightKeepingWinner", equalTo(67.74f))
                .body("weights.find { it.criterionCode == 'PRICE' }.challengerAbove", equalTo(b.toString()));

        String summaryOfB = "/api/v1/procurements/" + procurement + "/bids/" + b + "/assessment-summary";
        given().auth().oauth2(OFFICER).get(summaryOfB).then().statusCode(200)
                .body("document", equalTo("AWARD_DECISION_LETTER"))
                .body("winnerName", equalTo("Supplier A Ltd"))
                .body("recipient.rank", equalTo(2))
                .body("criteria.find { it.code == 'Q1' }.recipient.points", equalTo(3))
                .body("criteria.find { it.code == 'Q1' }.recipient.marks", equalTo(18.00f))
                .body("criteria.find { it.code == 'Q1' }.winner.marks", equalTo(24.00f))
                .body("criteria.find { it.code == 'PRICE' }.winner.marks", equalTo(38.10f))
                .body("totals.recipient", equalTo(80.00f)).body("totals.winner", equalTo(84.10f))
                .body("reasons[0]", containsString("Ranked 2"));
        given().auth().oauth2(supplierToken(supplierB)).get(summaryOfB).then().statusCode(409).body("title", equalTo("Not yet awarded"));
        Bidding.procurementStatus(procurement, "AWARDED");
        given().auth().oauth2(supplierToken(supplierB)).get(summaryOfB).then().statusCode(200).body("totals.recipient", equalTo(80.00f));
        given().auth().oauth2(supplierToken(supplierA)).get(summaryOfB).then().statusCode(404);
    }

    @Test
    void underTheProcurementAct2023TheSummaryCarriesSubTotals() {
        UUID procurement = UUID.randomUUID();
        Map<String, Object> tender = Bidding.tender(procurement);
        tender.put("regime", "PA_2023");
        Bidding.publish(tender);
        UUID only = submit(procurement, supplier("Sole Bidder Ltd", true), bid("50000.00", "200000.00"));
        clock(AFTER_DEADLINE);
        moderate(procurement, only, 4, 3, 5);
        given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + procurement + "/bids/" + only + "/assessment-summary")
                .then().statusCode(200)
                .body("document", equalTo("ASSESSMENT_SUMMARY"))
                .body("subtotals.recipientQuality", equalTo(46.00f)).body("subtotals.recipientPrice", equalTo(40.00f))
                .body("totals.recipient", equalTo(86.00f)).body("winner.bidId", equalTo(only.toString()));
        given().auth().oauth2(OFFICER).get(sensitivity(procurement)).then().statusCode(200).body("weights", hasSize(0));
    }

    @Test
    void anAbnormallyLowBidIsFlaggedAndARejectedReviewDisqualifiesIt() {
        UUID procurement = publishedTender();
        UUID a = submit(procurement, supplier("Fair A Ltd", true), bid("50000.00", "200000.00"));
        UUID b = submit(procurement, supplier("Fair B Ltd", true), bid("100000.00", "180000.00"));
        UUID c = submit(procurement, supplier("Too Cheap Ltd", true), bid("0.00", "120000.00"));
        UUID d = submit(procurement, supplier("Not A CN-SP Ltd", false), bid("0.00", "200000.00"));
        clock(AFTER_DEADLINE);
        moderate(procurement, a, 4, 3, 5);
        moderate(procurement, b, 3, 4, 3);
        moderate(procurement, c, 3, 3, 3);
        moderate(procurement, d, 5, 5, 5);

        given().auth().oauth2(OFFICER).get(ranking(procurement)).then().statusCode(200)
                .body("find { it.bidId == '" + c + "' }.abnormallyLow", equalTo(true))
                .body("find { it.bidId == '" + c + "' }.rank", equalTo(1))
                .body("find { it.bidId == '" + d + "' }.status", equalTo("DISQUALIFIED"))
                .body("find { it.bidId == '" + d + "' }.reasons[0]", containsString("CN-SP"));
        review(procurement, a, "ACCEPTED", null).statusCode(409).body("title", equalTo("Not abnormally low"));
        review(procurement, c, "REJECTED", null).statusCode(200).body("outcome", equalTo("REJECTED"));
        review(procurement, c, "ACCEPTED", null).statusCode(400);
        review(procurement, c, "ACCEPTED", 5L).statusCode(409).body("title", equalTo("Stale version"));

        given().auth().oauth2(OFFICER).get(ranking(procurement)).then().statusCode(200)
                .body("$", hasSize(4))
                .body("[0].bidId", equalTo(a.toString()))
                .body("find { it.bidId == '" + c + "' }.status", equalTo("DISQUALIFIED"))
                .body("find { it.bidId == '" + c + "' }.reasons", hasItem("Abnormally low price rejected after review"));
        matrix(procurement).body("bids.find { it.bidId == '" + c + "' }.abnormallyLowReview.outcome", equalTo("REJECTED"));
    }

    private static ValidatableResponse scoreAs(String token, UUID procurement, UUID bid, String criterion, int score, Long version) {
        Map<String, Object> body = version == null ? Map.of("score", score, "rationale", "Because")
                : Map.of("score", score, "rationale", "Because", "version", version);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(scores(procurement, bid, criterion)).then();
    }

    private static ValidatableResponse review(UUID procurement, UUID bid, String outcome, Long version) {
        Map<String, Object> body = version == null ? Map.of("outcome", outcome, "explanation", "Checked with the supplier")
                : Map.of("outcome", outcome, "explanation", "Checked with the supplier", "version", version);
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .put("/api/v1/procurements/" + procurement + "/bids/" + bid + "/abnormally-low-review").then();
    }

    private static ValidatableResponse matrix(UUID procurement) {
        return given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + procurement + "/evaluation").then().statusCode(200);
    }

    private static String scores(UUID procurement, UUID bid, String criterion) {
        return "/api/v1/procurements/" + procurement + "/bids/" + bid + "/scores/" + criterion;
    }

    private static String moderated(UUID procurement, UUID bid, String criterion) {
        return "/api/v1/procurements/" + procurement + "/bids/" + bid + "/moderated-scores/" + criterion;
    }

    private static String ranking(UUID procurement) {
        return "/api/v1/procurements/" + procurement + "/ranking";
    }

    private static String sensitivity(UUID procurement) {
        return "/api/v1/procurements/" + procurement + "/sensitivity";
    }
}
