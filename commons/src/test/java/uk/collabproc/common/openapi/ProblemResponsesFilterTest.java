package uk.collabproc.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void everyErrorAnswerIsProblemJsonAndA400CarriesViolations() {
        APIResponse badRequest = OASFactory.createAPIResponse().description("Invalid bid");
        APIResponse conflict = OASFactory.createAPIResponse().description("Bids are closed");
        APIResponse created = OASFactory.createAPIResponse().description("Submitted");
        Operation submit = OASFactory.createOperation().requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses().addAPIResponse("400", badRequest).addAPIResponse("409", conflict)
                        .addAPIResponse("201", created));

        new ProblemResponsesFilter().filterOpenAPI(document(submit));

        assertEquals("HttpValidationProblem", badRequest.getContent().getMediaType(PROBLEM).getSchema().getRef().replaceAll(".*/", ""));
        assertEquals("HttpProblem", conflict.getContent().getMediaType(PROBLEM).getSchema().getRef().replaceAll(".*/", ""));
        assertEquals("Bids are closed", conflict.getDescription());
        assertNull(created.getContent());
    }

    @Test
    void aProblemSchemaAnOperationGivesItselfIsKept() {
        Schema own = OASFactory.createSchema().ref("ImportProblem");
        APIResponse conflict = OASFactory.createAPIResponse().content(OASFactory.createContent()
                .addMediaType(PROBLEM, OASFactory.createMediaType().schema(own)));

        new ProblemResponsesFilter().filterOpenAPI(document(OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("409", conflict))));

        assertSame(own, conflict.getContent().getMediaType(PROBLEM).getSchema());
    }

    @Test
    void aSecuredOperationAnswers401SayingWhatIsMissing() {
        Operation secured = OASFactory.createOperation().addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("401",
                        OASFactory.createAPIResponse().description("Not Authorized")));
        Operation open = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse()));
        OpenAPI document = document(secured);
        document.getPaths().addPathItem("/q/open", OASFactory.createPathItem().GET(open));

        new ProblemResponsesFilter().filterOpenAPI(document);

        APIResponse unauthorized = secured.getResponses().getAPIResponse("401");
        assertEquals("No valid token", unauthorized.getDescription());
        assertEquals("HttpProblem", unauthorized.getContent().getMediaType(PROBLEM).getSchema().getRef().replaceAll(".*/", ""));
        assertNull(open.getResponses().getAPIResponse("401"));
    }

    @Test
    void refusalsBeforeTheResourceMethodAreDocumentedOnceAndReferredTo() {
        Operation read = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse()));
        Operation write = OASFactory.createOperation().requestBody(OASFactory.createRequestBody()).responses(OASFactory.createAPIResponses()
                .addAPIResponse("201", OASFactory.createAPIResponse()));
        OpenAPI document = document(read);
        document.getPaths().getPathItem("/api/v1/things").setPOST(write);

        new ProblemResponsesFilter().filterOpenAPI(document);

        assertEquals(Set.of("InvalidParameter", "NotAcceptable", "UriTooLong", "ContentTooLarge", "UnsupportedMediaType"),
                document.getComponents().getResponses().keySet());
        assertEquals("HttpValidationProblem", document.getComponents().getResponses().get("InvalidParameter").getContent()
                .getMediaType(PROBLEM).getSchema().getRef().replaceAll(".*/", ""));
        assertEquals(List.of("200", "400", "406", "414"), List.copyOf(read.getResponses().getAPIResponses().keySet()));
        assertEquals(List.of("201", "400", "406", "413", "414", "415"), List.copyOf(write.getResponses().getAPIResponses().keySet()));
        assertEquals("#/components/responses/UnsupportedMediaType", write.getResponses().getAPIResponse("415").getRef());
    }

    @Test
    void aRefusalAnOperationDescribesItselfIsNotReplacedByTheCommonOne() {
        APIResponse own = OASFactory.createAPIResponse().description("The status filter is not a bid status");
        Operation read = OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("400", own));

        new ProblemResponsesFilter().filterOpenAPI(document(read));

        assertSame(own, read.getResponses().getAPIResponse("400"));
        assertFalse(read.getResponses().getAPIResponses().containsKey("413"));
    }

    private static OpenAPI document(Operation get) {
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/api/v1/things", OASFactory.createPathItem().GET(get)));
    }
}
