package uk.collabproc.common.openapi;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every 4xx and 5xx answer of the services is RFC 9457 problem+json. This filter says so in the OpenAPI
 * document for each error response, so that resources need not repeat the schema on every annotation; and every
 * operation that needs a token answers 401 without one, so the filter documents that response too.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String GENERIC_401 = "Not Authorized";

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            APIResponse unauthorized = operation.getResponses().getAPIResponse("401");
            // SmallRye adds a bare "Not Authorized" to secured operations; ours says what is missing.
            if (secured && (unauthorized == null || GENERIC_401.equals(unauthorized.getDescription()))) {
                operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("No valid token"));
                operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
            }
            for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
                if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                    describeAsProblem(entry.getKey(), entry.getValue());
                }
            }
        }));
    }

    private static void describeAsProblem(String status, APIResponse response) {
        String schema = "400".equals(status) ? "HttpValidationProblem" : "HttpProblem";
        Content content = response.getContent() == null ? OASFactory.createContent() : response.getContent();
        MediaType problem = content.getMediaType(PROBLEM_MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            content.addMediaType(PROBLEM_MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(schema));
        }
        response.setContent(content);
    }
}
