package uk.collabproc.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    @Test
    void everyHeaderGetsASchemaByItsName() {
        APIResponse created = OASFactory.createAPIResponse().description("Registered")
                .addHeader("Location", OASFactory.createHeader().description("The new site"))
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds"));
        new ApiDocumentFilter().filterOpenAPI(document(created, null));

        assertEquals(List.of(SchemaType.STRING), created.getHeaders().get("Location").getSchema().getType());
        assertEquals("uri-reference", created.getHeaders().get("Location").getSchema().getFormat());
        assertEquals(List.of(SchemaType.INTEGER), created.getHeaders().get("Retry-After").getSchema().getType());
    }

    @Test
    void aJsonBodyGetsAnExampleFromItsSchemaAndTheVocabulary() {
        MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Site"));
        APIResponse ok = OASFactory.createAPIResponse().description("The site")
                .content(OASFactory.createContent().addMediaType("application/json", json));
        OpenAPI document = document(ok, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("siteCode", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("name", OASFactory.createSchema().addType(SchemaType.STRING).examples(List.of("Derriford Hospital")))
                .addProperty("critical", OASFactory.createSchema().addType(SchemaType.BOOLEAN))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.of("DRAFT", "SUBMITTED")))
                .addProperty("id", OASFactory.createSchema().addType(SchemaType.STRING).format("uuid")));
        new ApiDocumentFilter().filterOpenAPI(document);

        assertEquals("#/components/examples/Site", json.getExamples().get("site").getRef());
        @SuppressWarnings("unchecked")
        Map<String, Object> site = (Map<String, Object>) document.getComponents().getExamples().get("Site").getValue();
        assertEquals("RK9-DERRIFORD", site.get("siteCode"));
        assertEquals("Derriford Hospital", site.get("name"));
        assertEquals(Boolean.TRUE, site.get("critical"));
        assertEquals("DRAFT", site.get("status"));
        assertTrue(String.valueOf(site.get("id")).matches("[0-9a-f-]{36}"), String.valueOf(site.get("id")));
    }

    private static OpenAPI document(APIResponse response, Schema site) {
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem("/api/v1/sites", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200", response)))));
        if (site != null) {
            document.getComponents().addSchema("Site", site);
        }
        return document;
    }
}
