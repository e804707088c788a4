package uk.collabproc.procurement.clarification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;

@QuarkusTest
class ClarificationResourceTest {

    private static final String OFFICER = DevTokens.officer("CLL");
    private static final String ALPHA = DevTokens.supplier("supplier-alpha");
    private static final String BETA = DevTokens.supplier("supplier-beta");

    private static String ask(String path, String supplier, String question) {
        return given().auth().oauth2(supplier).contentType(ContentType.JSON).body(Map.of("question", question))
                .post(path).then().statusCode(201).extract().path("id");
    }

    /** Two questions on a published procurement: {@code asked} by supplier Alpha, {@code other} by supplier Beta. */
    private record Asked(String path, String asked, String other) {
    }

    private static Asked asked(String reference) {
        String path = "/api/v1/procurements/" + Fixtures.publishedProcurement(reference, "CLL", "CLM") + "/clarifications";
        String asked = ask(path, ALPHA, "Is 4G backup acceptable for DUAL sites?");
        String other = ask(path, BETA, "May prices be given excluding VAT?");
        return new Asked(path, asked, other);
    }

    private static io.restassured.response.ValidatableResponse answer(Asked asked, String answer) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("answer", answer))
                .post(asked.path() + "/" + asked.asked() + "/answer").then();
    }

    @Test
    void beforeItsAnswerOnlyTheAskerAndTheOfficerSeeAQuestion() {
        Asked asked = asked("CL-UNSEEN");

        given().auth().oauth2(BETA).get(asked.path()).then().statusCode(200).body("id", contains(asked.other()));
        given().auth().oauth2(BETA).get(asked.path() + "/" + asked.asked()).then().statusCode(404);
        given().auth().oauth2(OFFICER).queryParam("answered", false).get(asked.path())
                .then().statusCode(200).header("X-Total-Count", "2").body("supplierId", contains("supplier-alpha", "supplier-beta"));
    }

    @Test
    void aQuestionIsAnsweredOnce() {
        Asked asked = asked("CL-ONCE");

        answer(asked, "No: DUAL means two fixed circuits.").statusCode(200).body("answer", equalTo("No: DUAL means two fixed circuits."));
        answer(asked, "Changed my mind").statusCode(409);
    }

    @Test
    void anAnsweredQuestionReachesEveryBidderWithoutTheAsker() {
        Asked asked = asked("CL-ANSWER");
        answer(asked, "No: DUAL means two fixed circuits.").statusCode(200);

        given().auth().oauth2(BETA).get(asked.path() + "/" + asked.asked())
                .then().statusCode(200)
                .body("answer", equalTo("No: DUAL means two fixed circuits."))
                .body("supplierId", nullValue())
                .body("askedByYou", equalTo(false))
                .body(not(containsString("supplier-alpha")));
        given().auth().oauth2(BETA).queryParam("answered", true).get(asked.path()).then().statusCode(200).body("id",
                contains(asked.asked()));
    }

    @Test
    void theAskerIsToldItAskedTheAnsweredQuestion() {
        Asked asked = asked("CL-ASKER");
        answer(asked, "No: DUAL means two fixed circuits.").statusCode(200);

        given().auth().oauth2(ALPHA).get(asked.path() + "/" + asked.asked())
                .then().statusCode(200).body("askedByYou", equalTo(true)).body("supplierId", equalTo("supplier-alpha"));
    }

    @Test
    void theOfficersListOfUnansweredQuestionsLosesTheAnsweredOne() {
        Asked asked = asked("CL-OPEN");
        answer(asked, "No: DUAL means two fixed circuits.").statusCode(200);

        given().auth().oauth2(OFFICER).queryParam("answered", false).get(asked.path()).then().body("id", contains(asked.other()));
    }

    @Test
    void questionsCloseAtTheClarificationDeadline() {
        String path = "/api/v1/procurements/" + Fixtures.publishedProcurement("CL-DEADLINE", "CLL", "CLM") + "/clarifications";
        Fixtures.clock("2017-10-20T12:00:00Z");
        given().auth().oauth2(ALPHA).contentType(ContentType.JSON).body(Map.of("question", "Too late?"))
                .post(path).then().statusCode(409).body("title", equalTo("The clarification deadline has passed"));
        given().auth().oauth2(OFFICER).get(path).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void onlySuppliersAskOnlyOfficersAnswerAndUnpublishedProcurementsTakeNoQuestions() {
        String published = Fixtures.publishedProcurement("CL-ROLES", "CLL", "CLM");
        String path = "/api/v1/procurements/" + published + "/clarifications";
        given().auth().oauth2(DevTokens.member("CLM")).contentType(ContentType.JSON).body(Map.of("question", "Q?"))
                .post(path).then().statusCode(403);
        given().auth().oauth2(DevTokens.member("CLM")).get(path).then().statusCode(403);
        String asked = ask(path, ALPHA, "Question");
        given().auth().oauth2(ALPHA).contentType(ContentType.JSON).body(Map.of("answer", "Self-answer"))
                .post(path + "/" + asked + "/answer").then().statusCode(403);
        given().auth().oauth2(ALPHA).contentType(ContentType.JSON).body(Map.of("question", " "))
                .post(path).then().statusCode(400);

        Fixtures.clock("2017-08-01T09:00:00Z");
        String draft = Fixtures.procurement("CL-DRAFT", "CLL", "2017-09-29T16:00:00Z");
        given().auth().oauth2(ALPHA).contentType(ContentType.JSON).body(Map.of("question", "Early?"))
                .post("/api/v1/procurements/" + draft + "/clarifications").then().statusCode(404);
    }
}
