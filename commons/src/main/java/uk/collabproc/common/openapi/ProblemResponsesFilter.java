package uk.collabproc.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.security.Roles;

/**
 * Every 4xx and 5xx answer of the services is RFC 9457 problem+json. This filter says so in the OpenAPI
 * document for each error response, so that resources need not repeat the schema on every annotation; and every
 * operation that needs a token answers 401 without one, and 403 to a caller without one of the roles it names, so the
 * filter documents those responses too (the 403 written from the roles, in {@code @RolesAllowed} order).
 *
 * <p>
 * It also documents the refusals that every operation can give before its resource method runs, each once in
 * {@code components.responses} and referred to from every operation that does not describe it itself (the API
 * fuzzer met each of them undocumented): 400 for a parameter that holds the NUL character or cannot be read (and, for
 * a paged list, paging parameters out of range), 406
 * for an {@code Accept} header naming no media type the operation answers in, 414 for a request line over the
 * limit, and for operations that take a body 413 for one over the limit and 415 for one in a media type the
 * operation does not read.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String GENERIC_401 = "Not Authorized";
    private static final String GENERIC_403 = "Not Allowed";
    private static final String INVALID_PAGING = "InvalidPaging";
    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "400", "InvalidParameter",
            "406", "NotAcceptable",
            "414", "UriTooLong");
    private static final Map<String, String> OPERATIONS_WITH_BODY = Map.of(
            "413", "ContentTooLarge",
            "415", "UnsupportedMediaType");
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "InvalidParameter", "A parameter holds the NUL character, or a query parameter cannot be read as its type",
            "NotAcceptable", "The Accept header names no media type this operation answers in",
            "UriTooLong", "The request line is longer than this service reads",
            "ContentTooLarge", "The request body is larger than this service accepts",
            "UnsupportedMediaType", "The body is not in a media type this operation reads",
            INVALID_PAGING, "Invalid paging parameters (page from 0, size from 1 to " + PageRequest.MAX_SIZE + "), or a parameter"
                    + " holds the NUL character or cannot be read as its type");

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        documentCommonRefusals(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            APIResponse unauthorized = operation.getResponses().getAPIResponse("401");
            // SmallRye adds a bare "Not Authorized" to secured operations; ours says what is missing.
            if (secured && (unauthorized == null || GENERIC_401.equals(unauthorized.getDescription()))) {
                operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("No valid token"));
            }
            List<String> roles = roles(operation);
            APIResponse forbidden = operation.getResponses().getAPIResponse("403");
            // SmallRye writes a bare "Not Allowed" too; ours names the roles. A resource's own words are kept.
            if (!roles.isEmpty() && (forbidden == null || GENERIC_403.equals(forbidden.getDescription()))) {
                operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description(refusal(roles)));
            }
            operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
            for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
                if (entry.getValue().getRef() == null && (entry.getKey().startsWith("4") || entry.getKey().startsWith("5"))) {
                    describeAsProblem(entry.getKey(), entry.getValue());
                }
            }
        }));
    }

    private static void documentCommonRefusals(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, String> statuses = new TreeMap<>(EVERY_OPERATION);
        statuses.putAll(OPERATIONS_WITH_BODY);
        statuses.forEach((status, name) -> addComponent(openAPI, status, name));
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            Map<String, String> refusals = new TreeMap<>(EVERY_OPERATION);
            if (operation.getRequestBody() != null) {
                refusals.putAll(OPERATIONS_WITH_BODY);
            }
            if (takesPaging(operation) && operation.getResponses().getAPIResponse("400") == null) {
                refusals.put("400", INVALID_PAGING);
                // Described in a document that refers to it, only.
                if (!openAPI.getComponents().getResponses().containsKey(INVALID_PAGING)) {
                    addComponent(openAPI, "400", INVALID_PAGING);
                }
            }
            refusals.forEach((status, name) -> {
                if (operation.getResponses().getAPIResponse(status) == null) {
                    operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
                }
            });
            operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
        }));
    }

    private static void addComponent(org.eclipse.microprofile.openapi.models.OpenAPI openAPI, String status, String name) {
        APIResponse response = OASFactory.createAPIResponse().description(DESCRIPTIONS.get(name));
        describeAsProblem(status, response);
        response.getContent().getMediaType(PROBLEM_MEDIA_TYPE).setExample(ProblemExamples.shared(status, DESCRIPTIONS.get(name)));
        openAPI.getComponents().addResponse(name, response);
    }

    /** "Not an officer", "Neither an officer nor a member", "Not a supplier, an officer or an evaluator". */
    static String refusal(List<String> roles) {
        List<String> callers = roles.stream().map(Roles::holder).toList();
        if (callers.size() == 1) {
            return "Not " + callers.get(0);
        }
        if (callers.size() == 2) {
            return "Neither " + callers.get(0) + " nor " + callers.get(1);
        }
        return "Not " + String.join(", ", callers.subList(0, callers.size() - 1)) + " or " + callers.get(callers.size() - 1);
    }

    private static List<String> roles(Operation operation) {
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() != null) {
            operation.getSecurity().forEach(requirement -> requirement.getSchemes().values().forEach(scopes -> {
                if (scopes != null) {
                    scopes.stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                }
            }));
        }
        return roles;
    }

    private static boolean takesPaging(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY && "page".equals(p.getName()))
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY && "size".equals(p.getName()));
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
