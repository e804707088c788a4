package uk.collabproc.common.openapi;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * OpenAPI 3.1 requires a {@code schema} or a {@code content} on every Header Object, and client generators refuse
 * or guess without one. Resources document headers by name and description only; this gives each one its schema,
 * by its name: {@code Location} a URI reference, {@code Retry-After} and {@code X-Total-Count} whole numbers, any
 * other a string.
 */
final class HeaderSchemas {

    static final String LOCATION = "Location";
    static final String RETRY_AFTER = "Retry-After";
    static final String TOTAL_COUNT = "X-Total-Count";

    private HeaderSchemas() {
    }

    static void complete(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getHeaders() != null) {
            openAPI.getComponents().getHeaders().forEach(HeaderSchemas::complete);
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(HeaderSchemas::complete);
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(HeaderSchemas::complete);
            }
        }));
    }

    private static void complete(APIResponse response) {
        Map<String, Header> headers = response.getHeaders();
        if (headers != null) {
            headers.forEach(HeaderSchemas::complete);
        }
    }

    private static void complete(String name, Header header) {
        if (header.getRef() != null || header.getSchema() != null
                || (header.getContent() != null && !header.getContent().getMediaTypes().isEmpty())) {
            return;
        }
        header.setSchema(schemaOf(name));
    }

    static Schema schemaOf(String name) {
        if (LOCATION.equalsIgnoreCase(name)) {
            return OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference");
        }
        if (RETRY_AFTER.equalsIgnoreCase(name)) {
            // The services send the delay in seconds, never an HTTP date.
            return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO);
        }
        if (TOTAL_COUNT.equalsIgnoreCase(name)) {
            return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64").minimum(BigDecimal.ZERO);
        }
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
