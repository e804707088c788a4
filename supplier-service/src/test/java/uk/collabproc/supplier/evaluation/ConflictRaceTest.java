package uk.collabproc.supplier.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.supplier.testing.Bidding.AFTER_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.OFFICER;
import static uk.collabproc.supplier.testing.Bidding.bid;
import static uk.collabproc.supplier.testing.Bidding.clock;
import static uk.collabproc.supplier.testing.Bidding.submit;
import static uk.collabproc.supplier.testing.Bidding.supplier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.testsupport.Concurrently;
import uk.collabproc.testsupport.DevTokens;

/**
 * Issue 17, defect 2: an evaluator declares a conflict with a supplier at the very moment it scores that supplier's bid.
 * Whatever the interleaving, once the declaration is acknowledged no score of that evaluator on that bid remains, and
 * none can be added.
 */
@QuarkusTest
class ConflictRaceTest {

    private static final int ROUNDS = 12;

    @Test
    void aConflictDeclaredWhileScoringLeavesNoScoreOfThatEvaluatorOnTheBid() throws Exception {
        UUID procurement = Bidding.publishedTender();
        UUID conflicted = supplier("Race Conflicted Ltd", true);
        UUID bid = submit(procurement, conflicted, bid("50000.00", "200000.00"));
        String base = "/api/v1/procurements/" + procurement;
        List<String> evaluators = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String subject = "race-eval-" + round;
            Bidding.evaluator(procurement, subject);
            evaluators.add(subject);
        }
        clock(AFTER_DEADLINE);

        for (String subject : evaluators) {
            String token = DevTokens.evaluator(subject);
            int version = given().auth().oauth2(token).get(base + "/evaluators/" + subject).then().statusCode(200)
                    .extract().path("version");
            List<Callable<Integer>> calls = new ArrayList<>();
            calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("conflictedSupplierIds", List.of(conflicted.toString()), "statement", "My brother works there",
                            "version", version))
                    .put(base + "/evaluators/" + subject + "/declaration").statusCode());
            for (String criterion : Bidding.QUALITY) {
                calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("score", 3, "rationale", "Scored while declaring"))
                        .put(base + "/bids/" + bid + "/scores/" + criterion).statusCode());
            }
            List<Integer> answers = Concurrently.all(calls);
            assertEquals(200, answers.get(0), "the declaration of " + subject);
            for (int status : answers.subList(1, answers.size())) {
                assertTrue(status == 200 || status == 404,
                        "a racing score answers 200 (withdrawn by the declaration) or 404, not " + status);
            }
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("score", 3, "rationale", "After declaring"))
                    .put(base + "/bids/" + bid + "/scores/Q1").then().statusCode(anyOf(equalTo(404)));
        }

        JsonPath matrix = given().auth().oauth2(OFFICER).get(base + "/evaluation").then().statusCode(200).extract().jsonPath();
        List<String> survivors = matrix.getList("bids[0].quality.scores.flatten().evaluatorId", String.class);
        assertEquals(List.of(), survivors.stream().filter(evaluators::contains).toList(),
                "scores of evaluators who declared a conflict with the bid's supplier");
    }
}
