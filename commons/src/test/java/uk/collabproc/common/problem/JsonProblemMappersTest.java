package uk.collabproc.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkiverse.resteasy.problem.HttpProblem;

import uk.collabproc.common.text.NulCharacter;
import uk.collabproc.common.text.NulRefusingJson;

/** Each case reads a real body with Jackson, as the services do, and maps what Jackson throws. */
class JsonProblemMappersTest {

    enum Kind {
        QUALITY,
        PRICE
    }

    record Criterion(String code, Kind kind, Integer weight) {
    }

    record Tender(List<Criterion> criteria, LocalDate decided, boolean published) {
    }

    private final ObjectMapper json = json();
    private final JsonProblemMappers mappers = new JsonProblemMappers();

    @Test
    void textThatIsNotJsonIsRefusedWithoutJacksonsWords() {
        JsonParseException e = assertThrows(JsonParseException.class, () -> json.readValue("{criteria: [", Tender.class));

        assertRefusedWithoutAField(mappers.malformed(e), "The request body is not well-formed JSON");
    }

    @Test
    void aBodyOfTheWrongShapeAltogetherIsRefusedWithoutAField() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> json.readValue("[1, 2]", Tender.class));

        assertRefusedWithoutAField(mappers.mismatched(e), "The request body must be a JSON object");
    }

    @Test
    void aFieldTheEndpointDoesNotKnowIsNamed() {
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> json.readValue("{\"criteria\": [{\"code\": \"Q1\", \"colour\": \"red\"}]}", Tender.class));

        assertViolation(mappers.unknownField(e), "criteria[0].colour", "is not a known field");
    }

    @Test
    void aValueOutsideAVocabularyListsTheWordsAllowed() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> json.readValue("{\"criteria\": [{\"kind\": \"SOCIAL_VALUE\"}]}", Tender.class));

        assertViolation(mappers.invalidValue(e), "criteria[0].kind", "must be one of QUALITY, PRICE");
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatItMustBe() {
        assertViolation(mappers.invalidValue(assertThrows(InvalidFormatException.class,
                () -> json.readValue("{\"criteria\": [{\"weight\": \"sixty\"}]}", Tender.class))), "criteria[0].weight",
                "must be a number");
        assertViolation(mappers.invalidValue(assertThrows(InvalidFormatException.class,
                () -> json.readValue("{\"decided\": \"4 December 2017\"}", Tender.class))), "decided",
                "must be an ISO-8601 date (2017-12-04)");
        assertViolation(mappers.mismatched(assertThrows(MismatchedInputException.class,
                () -> json.readValue("{\"criteria\": {\"code\": \"Q1\"}}", Tender.class))), "criteria", "must be an array");
        assertViolation(mappers.mismatched(assertThrows(MismatchedInputException.class,
                () -> json.readValue("{\"published\": [true]}", Tender.class))), "published", "must be true or false");
    }

    @Test
    void theNulCharacterIsRefusedOnTheFieldThatHoldsIt() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> json.readValue("{\"criteria\": [{\"code\": \"Q\\u0000\"}]}", Tender.class));

        assertViolation(mappers.mismatched(e), "criteria[0].code", NulCharacter.MESSAGE);
    }

    private static void assertRefusedWithoutAField(Response response, String detail) {
        HttpProblem problem = problem(response);
        assertEquals(detail, problem.getDetail());
        assertFalse(problem.getParameters().containsKey("violations"));
    }

    private static void assertViolation(Response response, String field, String message) {
        HttpProblem problem = problem(response);
        assertEquals("The request body has an invalid field", problem.getDetail());
        assertEquals(List.of(Violation.ofBody(field, message)), problem.getParameters().get("violations"));
    }

    private static HttpProblem problem(Response response) {
        assertEquals(400, response.getStatus());
        HttpProblem problem = (HttpProblem) response.getEntity();
        assertEquals("Bad Request", problem.getTitle());
        return problem;
    }

    private static ObjectMapper json() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new NulRefusingJson().customize(mapper);
        return mapper;
    }
}
