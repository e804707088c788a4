package uk.collabproc.supplier.evaluation;

import static io.restassured.RestAssured.given;
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
import java.util.Set;
import java.util.TreeSet;
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
 * Individual scores of one bid share its row's lock, so evaluators scoring the same bid do not wait for one another,
 * while a moderation takes it exclusively. Whatever the interleaving, every score acknowledged is kept, none refused is
 * kept, and once the moderation is acknowledged no score can be added.
 */
@QuarkusTest
class ModerationRaceTest {

    private static final int EVALUATORS = 8;

    @Test
    void scoresGivenWhileTheBidIsModeratedAreKeptExactlyWhenAcknowledged() {
        UUID procurement = Bidding.publishedTender();
        UUID bid = submit(procurement, supplier("Race Moderated Ltd", true), bid("50000.00", "200000.00"));
        String base = "/api/v1/procurements/" + procurement + "/bids/" + bid;
        List<String> evaluators = new ArrayList<>();
        for (int i = 0; i < EVALUATORS; i++) {
            evaluators.add("moderation-race-" + i);
            Bidding.evaluator(procurement, evaluators.get(i));
        }
        clock(AFTER_DEADLINE);

        List<String> attempts = new ArrayList<>();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String evaluator : evaluators) {
            for (String criterion : Bidding.QUALITY) {
                attempts.add(evaluator + " " + criterion);
                calls.add(() -> given().auth().oauth2(DevTokens.evaluator(evaluator)).contentType(ContentType.JSON)
                        .body(Map.of("score", 3, "rationale", "Scored while the bid is moderated"))
                        .put(base + "/scores/" + criterion).statusCode());
            }
        }
        calls.add(EVALUATORS * Bidding.QUALITY.size() / 2, () -> {
            Bidding.moderate(procurement, bid, 3, 3, 3);
            return 200;
        });
        List<Integer> answers = Concurrently.all(calls);
        answers.remove(EVALUATORS * Bidding.QUALITY.size() / 2);

        Set<String> acknowledged = new TreeSet<>();
        for (int i = 0; i < attempts.size(); i++) {
            int status = answers.get(i);
            assertTrue(status == 200 || status == 409, attempts.get(i) + " answers 200 (before the moderation) or 409, not " + status);
            if (status == 200) {
                acknowledged.add(attempts.get(i));
            }
        }
        JsonPath matrix = given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + procurement + "/evaluation").then()
                .statusCode(200).extract().jsonPath();
        Set<String> kept = new TreeSet<>();
        for (Map<String, Object> cell : matrix.<Map<String, Object>> getList("bids[0].quality")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> scores = (List<Map<String, Object>>) cell.get("scores");
            scores.forEach(score -> kept.add(score.get("evaluatorId") + " " + cell.get("criterionCode")));
        }
        assertEquals(acknowledged, kept, "the scores kept are exactly those acknowledged");
        given().auth().oauth2(DevTokens.evaluator(evaluators.get(0))).contentType(ContentType.JSON)
                .body(Map.of("score", 4, "rationale", "After the moderation")).put(base + "/scores/Q2").then()
                .statusCode(409).body("title", equalTo("Scores locked"));
    }
}
