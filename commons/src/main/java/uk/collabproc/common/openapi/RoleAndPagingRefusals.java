package uk.collabproc.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.security.Roles;

/**
 * The refusals that follow from an operation's roles and paging alone, documented here once instead of on every
 * resource method, so that a resource's own annotations say only what is particular to it: 403 for a caller without
 * one of the roles the operation names (written from those roles, as {@code @RolesAllowed} lists them), and 400 for
 * paging parameters out of range. A resource that documents either itself keeps its own words.
 */
final class RoleAndPagingRefusals {

    /** What SmallRye writes for a secured operation's 403 when the resource says nothing. */
    private static final String GENERIC_403 = "Not Allowed";
    static final String INVALID_PAGING = "InvalidPaging";
    private static final Map<String, String> CALLERS = Map.of(
            Roles.OFFICER, "an officer",
            Roles.MEMBER, "a member",
            Roles.SUPPLIER, "a supplier",
            Roles.EVALUATOR, "an evaluator",
            Roles.PROJECT_MANAGER, "a project manager");

    private RoleAndPagingRefusals() {
    }

    static void complete(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        boolean paging = false;
        for (var path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                List<String> roles = roles(operation);
                APIResponse forbidden = operation.getResponses().getAPIResponse("403");
                if (!roles.isEmpty() && (forbidden == null || GENERIC_403.equals(forbidden.getDescription()))) {
                    operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description(refusal(roles)));
                }
                if (takesPaging(operation) && operation.getResponses().getAPIResponse("400") == null) {
                    operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().ref(INVALID_PAGING));
                    paging = true;
                }
                operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
            }
        }
        if (paging) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            APIResponse invalidPaging = OASFactory.createAPIResponse()
                    .description("Invalid paging parameters (page from 0, size from 1 to " + PageRequest.MAX_SIZE + "), or a"
                            + " parameter holds the NUL character or cannot be read as its type");
            ProblemResponsesFilter.describeAsProblem("400", invalidPaging);
            openAPI.getComponents().addResponse(INVALID_PAGING, invalidPaging);
        }
    }

    /** "Not an officer", "Neither an officer nor a member", "Not a supplier, an officer or an evaluator". */
    static String refusal(List<String> roles) {
        List<String> callers = roles.stream().map(role -> CALLERS.getOrDefault(role, role)).toList();
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
}
