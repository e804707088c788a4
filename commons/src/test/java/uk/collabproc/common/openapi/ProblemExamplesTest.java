package uk.collabproc.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** Issue 18: each error answer shows the problem its operation sends, not one generic 404 for all. */
class ProblemExamplesTest {

    @Test
    void aNotFoundNamesTheResourceOfThePathsLastIdentifier() {
        Map<String, Object> problem = example("/api/v1/procurements/{id}/requirements/{rid}", get(), "404", "No such requirement");

        assertEquals("Not Found", problem.get("title"));
        assertEquals(404, problem.get("status"));
        assertTrue(String.valueOf(problem.get("detail")).matches("Requirement [0-9a-f-]{36} was not found"), String.valueOf(problem));
        assertTrue(String.valueOf(problem.get("instance")).startsWith("/api/v1/procurements/"), String.valueOf(problem));
        assertEquals("Site RK9-DERRIFORD was not found",
                example("/api/v1/organisations/{odsCode}/sites/{siteCode}", get(), "404", "No such site").get("detail"));
        assertEquals("Procurement " + ProblemExamples.lastResource("/api/v1/procurements/{id}").substring("Procurement ".length())
                + " was not found", example("/api/v1/procurements/{id}/tender", get(), "404", "No such procurement").get("detail"));
    }

    @Test
    void aConflictOfAVersionedChangeIsTheStaleVersion() {
        Schema patch = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("version", OASFactory.createSchema().addType(SchemaType.INTEGER))
                .addProperty("forecastDate", OASFactory.createSchema().addType(SchemaType.STRING).format("date"));
        Map<String, Object> problem = example("/api/v1/contracts/{id}/milestones/{mid}", withBody(patch), "409", "Stale version");

        assertEquals("Stale version", problem.get("title"));
        assertEquals("The milestone has changed since it was read; its current version is 4", problem.get("detail"));
    }

    @Test
    void aConflictOfAnUnversionedChangeSaysWhatTheOperationSays() {
        Map<String, Object> problem = example("/api/v1/procurements/{id}/publish",
                withBody(OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .addProperty("note", OASFactory.createSchema().addType(SchemaType.STRING))),
                "409", "The tender is published already");

        assertEquals("Conflict", problem.get("title"));
        assertEquals("The tender is published already", problem.get("detail"));
    }

    @Test
    void aBadRequestListsTheViolationsItsOwnBodyCanHave() {
        Schema site = OASFactory.createSchema().addType(SchemaType.OBJECT).required(List.of("siteCode", "postcode"))
                .addProperty("siteCode", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("postcode", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("bandwidthMbps",
                        OASFactory.createSchema().addType(SchemaType.INTEGER).maximum(new java.math.BigDecimal("100000")));
        Map<String, Object> problem = example("/api/v1/organisations/{odsCode}/sites", withBody(site), "400", "Invalid site");

        assertEquals("Bad Request", problem.get("title"));
        assertEquals("Invalid site", problem.get("detail"));
        assertEquals(List.of(
                Map.of("field", "siteCode", "in", "body", "message", "must not be null"),
                Map.of("field", "postcode", "in", "body", "message", "must not be null"),
                Map.of("field", "bandwidthMbps", "in", "body", "message", "must be less than or equal to 100000")),
                problem.get("violations"));
    }

    @Test
    void anOperationsOwnExampleIsKept() {
        APIResponse notFound = problemResponse("No such thing");
        notFound.getContent().getMediaType(ProblemResponsesFilter.PROBLEM_MEDIA_TYPE).setExample(Map.of("detail", "its own"));
        OpenAPI document = document("/api/v1/things/{id}", get(), "404", notFound, null);
        ProblemExamples.complete(document);

        assertEquals(Map.of("detail", "its own"),
                notFound.getContent().getMediaType(ProblemResponsesFilter.PROBLEM_MEDIA_TYPE).getExample());
        assertNull(ProblemExamples.lastResource("/api/v1/things"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> example(String path, Operation operation, String status, String description) {
        APIResponse response = problemResponse(description);
        ProblemExamples.complete(document(path, operation, status, response, null));
        return (Map<String, Object>) response.getContent().getMediaType(ProblemResponsesFilter.PROBLEM_MEDIA_TYPE).getExample();
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(ProblemResponsesFilter.PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("HttpProblem"))));
    }

    private static Operation get() {
        return OASFactory.createOperation();
    }

    private static Operation withBody(Schema body) {
        return OASFactory.createOperation().requestBody(OASFactory.createRequestBody()
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType().schema(body))));
    }

    private static OpenAPI document(String path, Operation operation, String status, APIResponse response, Schema unused) {
        operation.responses(OASFactory.createAPIResponses().addAPIResponse(status, response));
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem(path, OASFactory.createPathItem().GET(operation)));
        return document;
    }
}
