package uk.collabproc.supplier.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.collabproc.supplier.testing.Bidding.AFTER_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.OFFICER;
import static uk.collabproc.supplier.testing.Bidding.bid;
import static uk.collabproc.supplier.testing.Bidding.clock;
import static uk.collabproc.supplier.testing.Bidding.submit;
import static uk.collabproc.supplier.testing.Bidding.supplier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.supplier.testing.Bidding;
import uk.collabproc.testsupport.Metrics;
import uk.collabproc.testsupport.Refusals;

/** An evaluator's score sheet for one bid: every line checked as a single score is, all stored or none. */
@QuarkusTest
class ScoreSheetTest {

    private static final String INDIVIDUAL = "collab_scores_recorded_total{kind=\"individual\"}";
    private static final String MODERATED = "collab_scores_recorded_total{kind=\"moderated\"}";

    /** A published tender, one bid of a supplier, and evaluator {@code subject} declared; the tender deadline has passed. */
    private record Sheet(UUID procurement, UUID supplier, UUID bid, String token, String subject) {

        String scores() {
            return "/api/v1/procurements/" + procurement + "/bids/" + bid + "/scores";
        }

        ValidatableResponse send(List<Map<String, Object>> lines) {
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("scores", lines)).put(scores()).then();
        }

        /** This evaluator's scores of the bid as the evaluation matrix shows them, criterion to score. */
        Map<String, Integer> stored() {
            List<Map<String, Object>> cells = given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + procurement + "/evaluation")
                    .then().statusCode(200).extract().jsonPath().getList("bids[0].quality");
            Map<String, Integer> stored = new HashMap<>();
            for (Map<String, Object> cell : cells) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> scores = (List<Map<String, Object>>) cell.get("scores");
                scores.stream().filter(score -> subject.equals(score.get("evaluatorId")))
                        .forEach(score -> stored.put((String) cell.get("criterionCode"), (Integer) score.get("score")));
            }
            return stored;
        }
    }

    private static Sheet sheet(String name) {
        return sheet(name, false);
    }

    /** With {@code conflicted}, the evaluator declares a conflict with the bid's supplier. */
    private static Sheet sheet(String name, boolean conflicted) {
        UUID procurement = Bidding.publishedTender();
        UUID supplier = supplier(name, true);
        UUID bid = submit(procurement, supplier, bid("50000.00", "200000.00"));
        String subject = "sheet-" + UUID.randomUUID().toString().substring(0, 8);
        String token = conflicted ? Bidding.evaluator(procurement, subject, supplier) : Bidding.evaluator(procurement, subject);
        clock(AFTER_DEADLINE);
        return new Sheet(procurement, supplier, bid, token, subject);
    }

    private static Map<String, Object> line(String criterion, int score) {
        return Map.of("criterionCode", criterion, "score", score, "rationale", "Assessed against the guidance");
    }

    private static Map<String, Object> line(String criterion, int score, long version) {
        Map<String, Object> line = new HashMap<>(line(criterion, score));
        line.put("version", version);
        return line;
    }

    @Test
    void everyLineOfTheSheetIsStoredAndAnsweredInItsOrder() {
        Sheet sheet = sheet("Sheet Stored Ltd");

        sheet.send(List.of(line("Q2", 3), line("Q1", 4), line("Q3", 2))).statusCode(200)
                .body("criterionCode", contains("Q2", "Q1", "Q3"))
                .body("score", contains(3, 4, 2))
                .body("evaluatorId", contains(sheet.subject(), sheet.subject(), sheet.subject()));
        assertEquals(Map.of("Q1", 4, "Q2", 3, "Q3", 2), sheet.stored());
    }

    @Test
    void aSheetWithBadLinesStoresNothingAndNamesEveryProblem() {
        Sheet sheet = sheet("Sheet Refused Ltd");

        sheet.send(List.of(line("Q1", 4), line("PRICE", 3), line("Q2", 9), line("Q1", 2)))
                .spec(Refusals.invalidInput("scores[1].criterionCode", "body"))
                .body("violations.field", contains("scores[1].criterionCode", "scores[2].score", "scores[3].criterionCode"));
        sheet.send(List.of()).spec(Refusals.invalidInput("scores", "body"));
        assertEquals(Map.of(), sheet.stored());
    }

    @Test
    void aScoreGivenAlreadyNeedsItsVersionAndNothingElseOfTheSheetIsStoredWithoutIt() {
        Sheet sheet = sheet("Sheet Versions Ltd");
        sheet.send(List.of(line("Q1", 4))).statusCode(200);

        sheet.send(List.of(line("Q2", 3), line("Q1", 2))).statusCode(409)
                .header("Location", endsWith(sheet.scores() + "/Q1"));
        sheet.send(List.of(line("Q2", 3), line("Q1", 2, 7))).statusCode(409).body("title", equalTo("Stale version"));
        assertEquals(Map.of("Q1", 4), sheet.stored());

        sheet.send(List.of(line("Q2", 3), line("Q1", 2, 0))).statusCode(200).body("version", contains(0, 1));
        assertEquals(Map.of("Q1", 2, "Q2", 3), sheet.stored());
    }

    @Test
    void everyStoredScoreIsCountedOnceCommittedAndRefusedOnesAreNot() {
        Sheet sheet = sheet("Sheet Counted Ltd");
        double individual = Metrics.value(INDIVIDUAL);
        double moderated = Metrics.value(MODERATED);

        sheet.send(List.of(line("Q1", 4), line("Q2", 9))).statusCode(400);
        assertEquals(individual, Metrics.value(INDIVIDUAL), "a refused sheet stores no score");
        sheet.send(List.of(line("Q1", 4), line("Q2", 3))).statusCode(200);
        assertEquals(individual + 2, Metrics.value(INDIVIDUAL), "one for each line of the sheet");
        Bidding.moderate(sheet.procurement(), sheet.bid(), 3, 3, 3);
        assertEquals(moderated + 3, Metrics.value(MODERATED));
        sheet.send(List.of(line("Q3", 4))).statusCode(409);
        assertEquals(individual + 2, Metrics.value(INDIVIDUAL), "scores are locked once moderated");
    }

    @Test
    void aModeratedBidTakesNoSheet() {
        Sheet sheet = sheet("Sheet Moderated Ltd");
        Bidding.moderate(sheet.procurement(), sheet.bid(), 3, 3, 3);

        sheet.send(List.of(line("Q1", 4))).statusCode(409).body("title", equalTo("Scores locked"));
        assertEquals(Map.of(), sheet.stored());
    }

    @Test
    void anEvaluatorConflictedWithTheSupplierFindsNoBid() {
        Sheet sheet = sheet("Sheet Conflicted Ltd", true);

        sheet.send(List.of(line("Q1", 4))).statusCode(404);
        assertEquals(Map.of(), sheet.stored());
    }

    @Test
    void anOfficerCannotFillInAnEvaluatorsSheet() {
        Sheet sheet = sheet("Sheet Officer Ltd");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("scores", List.of(line("Q1", 4)))).put(sheet.scores())
                .then()
                .statusCode(403);
        assertEquals(Map.of(), sheet.stored());
    }
}
