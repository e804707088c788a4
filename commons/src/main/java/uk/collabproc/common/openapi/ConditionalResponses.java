package uk.collabproc.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import uk.collabproc.common.cache.ConditionalRead;

/**
 * Reads served from the read cache take {@code If-None-Match} ({@link ConditionalRead}); their documents say so once,
 * here: the successful answer carries an {@code ETag}, and an unchanged one is answered 304 without a body.
 */
final class ConditionalResponses {

    private ConditionalResponses() {
    }

    static void complete(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(ConditionalResponses::complete));
    }

    private static void complete(Operation operation) {
        if (operation.getParameters() == null || operation.getResponses() == null
                || operation.getParameters().stream().noneMatch(ConditionalResponses::isIfNoneMatch)) {
            return;
        }
        operation.getParameters().stream().filter(ConditionalResponses::isIfNoneMatch).forEach(parameter -> parameter
                .description("The ETag of an earlier answer: 304 without a body if nothing it depends on has changed since"));
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag"))) {
            ok.addHeader("ETag", OASFactory.createHeader().description("Names this answer; send it back in If-None-Match"));
        }
        if (!operation.getResponses().hasAPIResponse("304")) {
            operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the answer named by If-None-Match is still the current one")
                    .headers(Map.of("ETag", OASFactory.createHeader().description("The same tag"))));
        }
    }

    private static boolean isIfNoneMatch(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && ConditionalRead.IF_NONE_MATCH.equalsIgnoreCase(parameter.getName());
    }
}
