package uk.collabproc.common.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The services' OpenAPI documents are what partners generate their clients from. This filter completes what the
 * resources' annotations leave out, the same way in every service: the refusals that follow from an operation's
 * security, roles, body and paging, and the problem schema of every error answer ({@link ProblemResponsesFilter}), the 304 and
 * ETag of conditional reads ({@link ConditionalResponses}), a schema for every header ({@link HeaderSchemas}) and an example for every
 * JSON body of a successful answer ({@link ResponseExamples}), an example of the problem each error answer sends
 * ({@link ProblemExamples}) and the meaning of every enum value ({@link EnumDescriptions}). Configured as {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {

    private final ProblemResponsesFilter problems = new ProblemResponsesFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        problems.filterOpenAPI(openAPI);
        ConditionalResponses.complete(openAPI);
        HeaderSchemas.complete(openAPI);
        ResponseExamples.complete(openAPI);
        ProblemExamples.complete(openAPI);
        EnumDescriptions.complete(openAPI);
    }
}
