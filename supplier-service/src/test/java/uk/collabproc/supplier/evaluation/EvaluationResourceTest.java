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

    /** A tender with one bid and the evaluators' path; nobody assigned yet. */
    private record Evaluation(UUID procurement, UUID bid, String evaluators) {
    }

    private static Evaluation evaluation() {
        UUID procurement = publishedTender();
        UUID bid = submit(procurement, supplier("Declared Ltd", true), bid("10.00", "10.00"));
        return new Evaluation(procurement, bid, "/api/v1/procurements/" + procurement + "/evaluators");
    }

    private static ValidatableResponse assignAnn(Evaluation evaluation) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("evaluatorId", "evaluator-ann", "name", "Ann Evans"))
                .post(evaluation.evaluators()).then();
    }

    private static final String ANN = DevTokens.evaluator("evaluator-ann");
    private static final Map<String, Object> NO_INTERESTS = Map.of("conflictedSupplierIds", List.of(), "statement",
            "No interests to declare");

    private static ValidatableResponse declare(String token, Evaluation evaluation) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(NO_INTERESTS)
                .put(evaluation.evaluators() + "/evaluator-ann/declaration").then();
    }

    /** Ann assigned, the deadline passed, and (when {@code declared}) her declaration of no interests made. */
    private static Evaluation annAssigned(boolean declared) {
        Evaluation evaluation = evaluation();
        assignAnn(evaluation).statusCode(201);
        clock(AFTER_DEADLINE);
        if (declared) {
            declare(ANN, evaluation).statusCode(200);
        }
        return evaluation;
    }

    @Test
    void anEvaluatorIsAssignedWithNoDeclarationYet() {
        Evaluation evaluation = evaluation();

        assignAnn(evaluation).statusCode(201).header("Location", endsWith(evaluation.evaluators() + "/evaluator-ann"))
                .body("declared", equalTo(false));
    }

    @Test
    void anEvaluatorIsAssignedOnceAndASecondAssignmentPointsAtTheFirst() {
        Evaluation evaluation = evaluation();
        assignAnn(evaluation).statusCode(201);

        assignAnn(evaluation).statusCode(409).header("Location", endsWith(evaluation.evaluators() + "/evaluator-ann"));
        given().auth().oauth2(OFFICER).get(evaluation.evaluators()).then().statusCode(200).header("X-Total-Count", "1");
    }

    @Test
    void anEvaluatorWithoutAnIdIsRefused() {
        Evaluation evaluation = evaluation();

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("evaluatorId", "", "name", "Nobody"))
                .post(evaluation.evaluators()).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anEvaluatorWhoHasNotDeclaredTheirConflictsCannotScore() {
        Evaluation evaluation = annAssigned(false);

        scoreAs(ANN, evaluation.procurement(), evaluation.bid(), "Q1", 3, null).statusCode(409)
                .body("title", equalTo("Conflicts not declared"));
    }

    @Test
    void noEvaluatorDeclaresForAnother() {
        Evaluation evaluation = annAssigned(false);

        declare(DevTokens.evaluator("evaluator-bob"), evaluation).statusCode(404);
    }

    @Test
    void anEvaluatorDeclaresOnceAndADeclarationWithoutItsVersionIsRefused() {
        Evaluation evaluation = annAssigned(false);

        declare(ANN, evaluation).statusCode(200).body("declared", equalTo(true)).body("version", equalTo(1));
        declare(ANN, evaluation).statusCode(400);
    }

    @Test
    void anEvaluatorReadsTheirOwnDeclarationButNotTheListOfEvaluators() {
        Evaluation evaluation = annAssigned(true);

        given().auth().oauth2(ANN).get(evaluation.evaluators() + "/evaluator-ann").then().statusCode(200)
                .body("statement", equalTo("No interests to declare"));
        given().auth().oauth2(ANN).get(evaluation.evaluators()).then().statusCode(403);
    }

    @Test
    void anEvaluatorWhoDeclaredScores() {
        Evaluation evaluation = annAssigned(true);

        scoreAs(ANN, evaluation.procurement(), evaluation.bid(), "Q1", 3, null).statusCode(200).body("evaluatorId",
                equalTo("evaluator-ann"));
    }

    /** One bid on a published tender and an evaluator who declared no conflicts; the clock before the deadline. */
    private record ScoreSheet(UUID procurement, UUID bid, String evaluator) {
        String q1() {
            return scores(procurement, bid, "Q1");
        }
    }

    private static ScoreSheet scoreSheet() {
        UUID procurement = publishedTender();
        UUID bid = submit(procurement, supplier("Scored Ltd", true), bid("10.00", "10.00"));
        return new ScoreSheet(procurement, bid, Bidding.evaluator(procurement, "evaluator-scores"));
    }

    private static ScoreSheet afterTheDeadline() {
        ScoreSheet sheet = scoreSheet();
        clock(AFTER_DEADLINE);
        return sheet;
    }

    private static ValidatableResponse scoreQ1(ScoreSheet sheet, int score, Long version) {
        return scoreAs(sheet.evaluator(), sheet.procurement(), sheet.bid(), "Q1", score, version);
    }

    @Test
    void noBidIsScoredBeforeTheDeadline() {
        ScoreSheet sheet = scoreSheet();

        scoreQ1(sheet, 3, null).statusCode(409).body("title", equalTo("Bids are sealed"));
    }

    @Test
    void aScoreOffTheScaleIsRefused() {
        ScoreSheet sheet = afterTheDeadline();

        scoreQ1(sheet, 6, null).statusCode(400).body("violations.field", hasItem("score"));
        scoreQ1(sheet, -1, null).statusCode(400);
    }

    @Test
    void aScoreWithoutARationaleIsRefused() {
        ScoreSheet sheet = afterTheDeadline();

        given().auth().oauth2(sheet.evaluator()).contentType(ContentType.JSON).body(Map.of("score", 3, "rationale", " "))
                .put(sheet.q1()).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheTendersQualityCriteriaOfItsBidsAreScored() {
        ScoreSheet sheet = afterTheDeadline();

        scoreAs(sheet.evaluator(), sheet.procurement(), sheet.bid(), "PRICE", 3, null).statusCode(404);
        scoreAs(sheet.evaluator(), sheet.procurement(), sheet.bid(), "Q9", 3, null).statusCode(404);
        scoreAs(sheet.evaluator(), sheet.procurement(), UUID.randomUUID(), "Q1", 3, null).statusCode(404);
    }

    @Test
    void anOfficerDoesNotScore() {
        ScoreSheet sheet = afterTheDeadline();

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("score", 3, "rationale", "Officer"))
                .put(sheet.q1()).then().statusCode(403);
    }

    @Test
    void anEvaluatorsFirstScoreOfACriterionIsVersion0() {
        ScoreSheet sheet = afterTheDeadline();

        scoreQ1(sheet, 3, null).statusCode(200).body("score", equalTo(3)).body("version", equalTo(0));
    }

    @Test
    void aSecondScoreWithoutAVersionIsAConflictPointingAtTheFirst() {
        ScoreSheet sheet = afterTheDeadline();
        scoreQ1(sheet, 3, null).statusCode(200);

        scoreQ1(sheet, 4, null).statusCode(409).header("Location", endsWith(sheet.q1()));
    }

    @Test
    void aScoreIsChangedFromItsCurrentVersion() {
        ScoreSheet sheet = afterTheDeadline();
        scoreQ1(sheet, 3, null).statusCode(200);

        scoreQ1(sheet, 4, 0L).statusCode(200).body("score", equalTo(4)).body("version", equalTo(1));
    }

    @Test
    void aScoreChangeBasedOnAnOldVersionIsStaleAndTheScoreStays() {
        ScoreSheet sheet = afterTheDeadline();
        scoreQ1(sheet, 3, null).statusCode(200);
        scoreQ1(sheet, 4, 0L).statusCode(200);

        scoreQ1(sheet, 5, 0L).statusCode(409).body("title", equalTo("Stale version"));
        matrix(sheet.procurement()).body("bids[0].quality[0].scores.score", contains(4));
    }

    /** One bid scored after the deadline by two evaluators: Q1 1 and 4 (two points apart), Q2 3 and 5. */
    private record Scored(UUID procurement, UUID bid, String first, String second) {
        String moderatedQ1() {
            return moderated(procurement, bid, "Q1");
        }
    }

    private static Scored scored() {
        UUID procurement = publishedTender();
        UUID bid = submit(procurement, supplier("Moderated Ltd", true), bid("10.00", "10.00"));
        String first = Bidding.evaluator(procurement, "evaluator-first");
        String second = Bidding.evaluator(procurement, "evaluator-second");
        clock(AFTER_DEADLINE);
        scoreAs(first, procurement, bid, "Q1", 1, null).statusCode(200);
        scoreAs(second, procurement, bid, "Q1", 4, null).statusCode(200);
        scoreAs(first, procurement, bid, "Q2", 3, null).statusCode(200);
        scoreAs(second, procurement, bid, "Q2", 5, null).statusCode(200);
        return new Scored(procurement, bid, first, second);
    }

    private static ValidatableResponse putModerated(String url, Map<String, Object> body) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body).put(url).then();
    }

    /** Scored, and Q1 moderated to 3. */
    private static Scored q1Moderated() {
        Scored scored = scored();
        putModerated(scored.moderatedQ1(), Map.of("score", 3, "rationale", "Agreed at moderation")).statusCode(200);
        return scored;
    }

    @Test
    void scoresFarApartAreFlaggedAndTheBidIsNotEvaluableUntilModerated() {
        Scored scored = scored();

        matrix(scored.procurement()).body("complete", equalTo(false))
                .body("bids[0].status", equalTo("NOT_EVALUABLE"))
                .body("bids[0].quality.find { it.criterionCode == 'Q1' }.discrepancy", equalTo(true))
                .body("bids[0].quality.find { it.criterionCode == 'Q2' }.discrepancy", equalTo(false))
                .body("bids[0].quality.find { it.criterionCode == 'Q1' }.moderated", nullValue())
                .body("bids[0].passFail[0].met", equalTo(true));
    }

    @Test
    void theOfficerModeratesAScore() {
        Scored scored = scored();

        putModerated(scored.moderatedQ1(), Map.of("score", 3, "rationale", "Agreed at moderation")).statusCode(200).body("score",
                equalTo(3));
    }

    @Test
    void moderationLocksTheEvaluatorsScoresOfTheBid() {
        Scored scored = q1Moderated();

        scoreAs(scored.first(), scored.procurement(), scored.bid(), "Q3", 2, null).statusCode(409).body("title", equalTo("Scores locked"));
        scoreAs(scored.first(), scored.procurement(), scored.bid(), "Q1", 2, 0L).statusCode(409).body("title", equalTo("Scores locked"));
    }

    @Test
    void aSecondModerationWithoutAVersionIsAConflictPointingAtTheFirst() {
        Scored scored = q1Moderated();

        putModerated(scored.moderatedQ1(), Map.of("score", 2, "rationale", "Again")).statusCode(409)
                .header("Location", endsWith(scored.moderatedQ1()));
    }

    @Test
    void aModerationBasedOnAnOldVersionIsStale() {
        Scored scored = q1Moderated();

        putModerated(scored.moderatedQ1(), Map.of("version", 7, "score", 2, "rationale", "Again")).statusCode(409)
                .body("title", equalTo("Stale version"));
    }

    @Test
    void aModerationIsRevisedFromItsCurrentVersion() {
        Scored scored = q1Moderated();

        putModerated(scored.moderatedQ1(), Map.of("version", 0, "score", 2, "rationale", "Revisited")).statusCode(200).body("version",
                equalTo(1));
        matrix(scored.procurement()).body("bids[0].quality.find { it.criterionCode == 'Q1' }.moderated.score", equalTo(2));
    }

    @Test
    void aModeratedScoreOffTheScaleIsRefused() {
        Scored scored = scored();

        putModerated(moderated(scored.procurement(), scored.bid(), "Q2"), Map.of("score", 9, "rationale", "Off scale")).statusCode(400);
    }

    @Test
    void anEvaluatorCannotModerate() {
        Scored scored = scored();

        given().auth().oauth2(scored.first()).contentType(ContentType.JSON).body(Map.of("score", 2, "rationale", "Not mine"))
                .put(moderated(scored.procurement(), scored.bid(), "Q2")).then().statusCode(403);
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

    /** The worked example's two bids, A and B, on one tender; {@link #rankedAfterModeration} moderates them after the deadline. */
    private record Ranked(UUID procurement, UUID supplierA, UUID supplierB, UUID a, UUID b) {
        String summaryOfB() {
            return "/api/v1/procurements/" + procurement + "/bids/" + b + "/assessment-summary";
        }
    }

    private static Ranked submitted() {
        UUID procurement = publishedTender();
        UUID supplierA = supplier("Supplier A Ltd", true);
        UUID supplierB = supplier("Supplier B Ltd", true);
        UUID a = submit(procurement, supplierA, bid("50000.00", "200000.00"));
        UUID b = submit(procurement, supplierB, bid("100000.00", "180000.00"));
        return new Ranked(procurement, supplierA, supplierB, a, b);
    }

    /** After the deadline, A moderated 4, 3, 5 and B only when {@code both}: 3, 4, 3. */
    private static Ranked rankedAfterModeration(boolean both) {
        Ranked ranked = submitted();
        clock(AFTER_DEADLINE);
        moderate(ranked.procurement(), ranked.a(), 4, 3, 5);
        if (both) {
            moderate(ranked.procurement(), ranked.b(), 3, 4, 3);
        }
        return ranked;
    }

    @Test
    void theRankingIsSealedLikeTheBidsBeforeTheDeadline() {
        Ranked ranked = submitted();

        given().auth().oauth2(OFFICER).get(ranking(ranked.procurement())).then().statusCode(409).body("title", equalTo("Bids are sealed"));
    }

    @Test
    void aBidNotYetModeratedIsNotEvaluableAndHasNoRank() {
        Ranked ranked = rankedAfterModeration(false);

        given().auth().oauth2(OFFICER).get(ranking(ranked.procurement())).then().statusCode(200)
                .body("status", contains("QUALIFIED", "NOT_EVALUABLE"))
                .body("[1].bidId", equalTo(ranked.b().toString())).body("[1].rank", nullValue());
    }

    @Test
    void theSensitivityAnalysisWaitsUntilEveryBidIsModerated() {
        Ranked ranked = rankedAfterModeration(false);

        given().auth().oauth2(OFFICER).get(sensitivity(ranked.procurement())).then().statusCode(409)
                .body("title", equalTo("Evaluation incomplete"));
    }

    @Test
    void theRankingFollowsTheWorkedExample() {
        Ranked ranked = rankedAfterModeration(true);

        given().auth().oauth2(OFFICER).get(ranking(ranked.procurement())).then().statusCode(200)
                .body("bidId", contains(ranked.a().toString(), ranked.b().toString()))
                .body("rank", contains(1, 2))
                .body("supplierName", contains("Supplier A Ltd", "Supplier B Ltd"))
                .body("qualityScore", contains(46.00f, 40.00f))
                .body("priceScore", contains(38.10f, 40.00f))
                .body("totalScore", contains(84.10f, 80.00f))
                .body("evaluatedPrice", contains(1050000.00f, 1000000.00f))
                .body("status", contains("QUALIFIED", "QUALIFIED"));
    }

    @Test
    void anEvaluatorCannotReadTheRanking() {
        Ranked ranked = rankedAfterModeration(true);

        given().auth().oauth2(DevTokens.evaluator("evaluator-x")).get(ranking(ranked.procurement())).then().statusCode(403);
    }

    @Test
    void theSensitivityAnalysisNamesThePriceWeightUpToWhichTheWinnerHolds() {
        Ranked ranked = rankedAfterModeration(true);

        given().auth().oauth2(OFFICER).get(sensitivity(ranked.procurement())).then().statusCode(200)
                .body("winningBidId", equalTo(ranked.a().toString()))
                .body("weights.find { it.criterionCode == 'PRICE' }.highestWeightKeepingWinner", equalTo(67.74f))
                .body("weights.find { it.criterionCode == 'PRICE' }.challengerAbove", equalTo(ranked.b().toString()));
    }

    @Test
    void theAssessmentSummaryOfALosingBidSetsItAgainstTheWinnerCriterionByCriterion() {
        Ranked ranked = rankedAfterModeration(true);

        given().auth().oauth2(OFFICER).get(ranked.summaryOfB()).then().statusCode(200)
                .body("document", equalTo("AWARD_DECISION_LETTER"))
                .body("winnerName", equalTo("Supplier A Ltd"))
                .body("recipient.rank", equalTo(2))
                .body("criteria.find { it.code == 'Q1' }.recipient.points", equalTo(3))
                .body("criteria.find { it.code == 'Q1' }.recipient.marks", equalTo(18.00f))
                .body("criteria.find { it.code == 'Q1' }.winner.marks", equalTo(24.00f))
                .body("criteria.find { it.code == 'PRICE' }.winner.marks", equalTo(38.10f))
                .body("totals.recipient", equalTo(80.00f)).body("totals.winner", equalTo(84.10f))
                .body("reasons[0]", containsString("Ranked 2"));
    }

    @Test
    void theBiddersReadTheirAssessmentSummaryOnlyOnceTheProcurementIsAwarded() {
        Ranked ranked = rankedAfterModeration(true);

        given().auth().oauth2(supplierToken(ranked.supplierB())).get(ranked.summaryOfB()).then().statusCode(409)
                .body("title", equalTo("Not yet awarded"));
        Bidding.procurementStatus(ranked.procurement(), "AWARDED");
        given().auth().oauth2(supplierToken(ranked.supplierB())).get(ranked.summaryOfB()).then().statusCode(200)
                .body("totals.recipient", equalTo(80.00f));
    }

    @Test
    void aSupplierCannotReadAnotherBiddersAssessmentSummary() {
        Ranked ranked = rankedAfterModeration(true);
        Bidding.procurementStatus(ranked.procurement(), "AWARDED");

        given().auth().oauth2(supplierToken(ranked.supplierA())).get(ranked.summaryOfB()).then().statusCode(404);
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

    /**
     * Four moderated bids after the deadline: A and B fair, C abnormally low (no one-off charge, the lowest annual one) and
     * D cheap but from a supplier that is not a CN-SP.
     */
    private record FourBids(UUID procurement, UUID a, UUID b, UUID c, UUID d) {
    }

    private static FourBids fourBids() {
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
        return new FourBids(procurement, a, b, c, d);
    }

    @Test
    void anAbnormallyLowBidIsFlaggedAndStillRankedUntilReviewed() {
        FourBids bids = fourBids();

        given().auth().oauth2(OFFICER).get(ranking(bids.procurement())).then().statusCode(200)
                .body("find { it.bidId == '" + bids.c() + "' }.abnormallyLow", equalTo(true))
                .body("find { it.bidId == '" + bids.c() + "' }.rank", equalTo(1));
    }

    @Test
    void aBidOfASupplierThatIsNotACnSpIsDisqualifiedSayingWhy() {
        FourBids bids = fourBids();

        given().auth().oauth2(OFFICER).get(ranking(bids.procurement())).then().statusCode(200)
                .body("find { it.bidId == '" + bids.d() + "' }.status", equalTo("DISQUALIFIED"))
                .body("find { it.bidId == '" + bids.d() + "' }.reasons[0]", containsString("CN-SP"));
    }

    @Test
    void aBidThatIsNotAbnormallyLowIsNotReviewed() {
        FourBids bids = fourBids();

        review(bids.procurement(), bids.a(), "ACCEPTED", null).statusCode(409).body("title", equalTo("Not abnormally low"));
    }

    @Test
    void theOfficerRejectsAnAbnormallyLowBidOnRecord() {
        FourBids bids = fourBids();

        review(bids.procurement(), bids.c(), "REJECTED", null).statusCode(200).body("outcome", equalTo("REJECTED"));
        matrix(bids.procurement()).body("bids.find { it.bidId == '" + bids.c() + "' }.abnormallyLowReview.outcome", equalTo("REJECTED"));
    }

    @Test
    void aReviewIsChangedOnlyFromItsCurrentVersion() {
        FourBids bids = fourBids();
        review(bids.procurement(), bids.c(), "REJECTED", null).statusCode(200);

        review(bids.procurement(), bids.c(), "ACCEPTED", null).statusCode(400);
        review(bids.procurement(), bids.c(), "ACCEPTED", 5L).statusCode(409).body("title", equalTo("Stale version"));
    }

    @Test
    void aRejectedAbnormallyLowBidIsDisqualifiedAndTheNextRanksFirst() {
        FourBids bids = fourBids();
        review(bids.procurement(), bids.c(), "REJECTED", null).statusCode(200);

        given().auth().oauth2(OFFICER).get(ranking(bids.procurement())).then().statusCode(200)
                .body("$", hasSize(4))
                .body("[0].bidId", equalTo(bids.a().toString()))
                .body("find { it.bidId == '" + bids.c() + "' }.status", equalTo("DISQUALIFIED"))
                .body("find { it.bidId == '" + bids.c() + "' }.reasons", hasItem("Abnormally low price rejected after review"));
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
