package uk.collabproc.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class HeaderSchemasTest {

    @Test
    void locationIsAUriReference() {
        assertSchema("Location", SchemaType.STRING, "uri-reference", null);
    }

    @Test
    void retryAfterIsAWholeNumberOfSeconds() {
        assertSchema("Retry-After", SchemaType.INTEGER, "int32", BigDecimal.ZERO);
    }

    @Test
    void theTotalCountIsAWholeNumberThatMayExceedAnInt() {
        assertSchema("X-Total-Count", SchemaType.INTEGER, "int64", BigDecimal.ZERO);
    }

    private static void assertSchema(String header, SchemaType type, String format, BigDecimal minimum) {
        Schema schema = HeaderSchemas.schemaOf(header);
        assertEquals(List.of(type), schema.getType());
        assertEquals(format, schema.getFormat());
        assertEquals(minimum, schema.getMinimum());
    }

    @Test
    void namesAreMatchedWithoutRegardToCase() {
        assertEquals("uri-reference", HeaderSchemas.schemaOf("location").getFormat());
        assertEquals("int64", HeaderSchemas.schemaOf("x-total-count").getFormat());
    }

    @Test
    void anyOtherHeaderIsAString() {
        assertSchema("ETag", SchemaType.STRING, null, null);
    }

    @Test
    void headersOfOperationsAndOfComponentsAreCompleted() {
        APIResponse created = OASFactory.createAPIResponse().addHeader("Location", OASFactory.createHeader().description("The new bid"));
        APIResponse shared = OASFactory.createAPIResponse().addHeader("Retry-After", OASFactory.createHeader());
        Header sharedHeader = OASFactory.createHeader().description("Items in all pages");
        OpenAPI document = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addResponse("Unavailable", shared).addHeader("X-Total-Count", sharedHeader))
                .paths(OASFactory.createPaths().addPathItem("/api/v1/bids", OASFactory.createPathItem()
                        .POST(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("201", created)))));

        HeaderSchemas.complete(document);

        assertEquals("uri-reference", created.getHeaders().get("Location").getSchema().getFormat());
        assertEquals("int32", shared.getHeaders().get("Retry-After").getSchema().getFormat());
        assertEquals("int64", sharedHeader.getSchema().getFormat());
    }

    @Test
    void aHeaderThatSaysWhatItIsAlreadyIsLeftAsItIs() {
        Schema own = OASFactory.createSchema().addType(SchemaType.STRING).format("uri");
        Header withSchema = OASFactory.createHeader().schema(own);
        Header byReference = OASFactory.createHeader().ref("#/components/headers/Location");
        Header withContent = OASFactory.createHeader().content(OASFactory.createContent()
                .addMediaType("text/plain", OASFactory.createMediaType()));
        APIResponse response = OASFactory.createAPIResponse().addHeader("Location", withSchema).addHeader("X-Total-Count", byReference)
                .addHeader("Retry-After", withContent);
        OpenAPI document = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/api/v1/sites", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200", response)))));

        HeaderSchemas.complete(document);

        assertSame(own, withSchema.getSchema());
        assertNull(byReference.getSchema());
        assertNull(withContent.getSchema());
    }

    @Test
    void aDocumentWithoutPathsOrComponentsIsLeftAlone() {
        OpenAPI document = OASFactory.createOpenAPI();
        HeaderSchemas.complete(document);
        assertNull(document.getPaths());
        assertNull(document.getComponents());
    }
}
