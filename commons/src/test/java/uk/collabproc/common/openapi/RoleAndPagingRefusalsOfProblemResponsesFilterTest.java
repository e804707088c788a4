package uk.collabproc.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class RoleAndPagingRefusalsOfProblemResponsesFilterTest {

    @Test
    void aRefusalNamesTheRolesInTheOrderTheOperationListsThem() {
        assertEquals("Not an officer", ProblemResponsesFilter.refusal(List.of("officer")));
        assertEquals("Neither an officer nor a member", ProblemResponsesFilter.refusal(List.of("officer", "member")));
        assertEquals("Not a supplier, an officer or an evaluator",
                ProblemResponsesFilter.refusal(List.of("supplier", "officer", "evaluator")));
        assertEquals("Not contract-service", ProblemResponsesFilter.refusal(List.of("contract-service")));
    }

    @Test
    void smallRyesGeneric403IsReplacedAndAResourcesOwnWordsAreKept() {
        Operation generic = operation(List.of("project-manager", "officer"));
        generic.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));
        Operation own = operation(List.of("supplier"));
        own.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description("Not a supplier, or not registered"));
        Operation anyCaller = operation(List.of());

        OpenAPI document = document(generic, own, anyCaller);
        new ProblemResponsesFilter().filterOpenAPI(document);

        assertEquals("Neither a project manager nor an officer", generic.getResponses().getAPIResponse("403").getDescription());
        assertEquals("Not a supplier, or not registered", own.getResponses().getAPIResponse("403").getDescription());
        assertNull(anyCaller.getResponses().getAPIResponse("403"), "any authenticated caller may call it: nothing to refuse");
    }

    @Test
    void aPagedListRefersToTheOnePagingRefusalUnlessItDescribesItsOwn400() {
        Operation list = operation(List.of("officer"))
                .addParameter(query("page")).addParameter(query("size"));
        Operation filtered = operation(List.of("officer"))
                .addParameter(query("page")).addParameter(query("size")).addParameter(query("status"));
        filtered.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().description("Invalid filter or paging parameters"));
        Operation single = operation(List.of("officer"));

        OpenAPI document = document(list, filtered, single);
        new ProblemResponsesFilter().filterOpenAPI(document);

        assertEquals("InvalidPaging", list.getResponses().getAPIResponse("400").getRef().replace("#/components/responses/", ""));
        assertEquals("Invalid filter or paging parameters", filtered.getResponses().getAPIResponse("400").getDescription());
        assertEquals("InvalidParameter", single.getResponses().getAPIResponse("400").getRef().replace("#/components/responses/", ""),
                "an operation without paging refers to the refusal of unreadable parameters");
        assertEquals("HttpValidationProblem", document.getComponents().getResponses().get("InvalidPaging").getContent()
                .getMediaType("application/problem+json").getSchema().getRef().replace("#/components/schemas/", ""));
    }

    private static Operation operation(List<String> roles) {
        return OASFactory.createOperation()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", roles))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static Parameter query(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY);
    }

    private static OpenAPI document(Operation... operations) {
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents()).paths(OASFactory.createPaths());
        for (int i = 0; i < operations.length; i++) {
            document.getPaths().addPathItem("/api/v1/things" + i, OASFactory.createPathItem().GET(operations[i]));
        }
        return document;
    }
}
