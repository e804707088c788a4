package uk.collabproc.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class ResponseExamplesTest {

    @Test
    void aListOfAComponentIsExampledOnceUnderTheComponentsNameWithList() {
        MediaType list = json(OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref("Site")));
        OpenAPI document = document("200", list);
        document.getComponents().addSchema("Site", object().addProperty("siteCode", string()));

        ResponseExamples.complete(document);

        assertEquals("#/components/examples/SiteList", list.getExamples().get("siteList").getRef());
        assertEquals(List.of(Map.of("siteCode", "RK9-DERRIFORD")), document.getComponents().getExamples().get("SiteList").getValue());
    }

    @Test
    void aBodyThatIsNoComponentGetsItsExampleInPlace() {
        MediaType inline = json(object().addProperty("odsCode", string()));

        ResponseExamples.complete(document("200", inline));

        assertEquals(Map.of("odsCode", "RK9"), inline.getExample());
        assertNull(inline.getExamples());
    }

    @Test
    void errorAnswersAndBodiesWithTheirOwnExampleAreLeftAlone() {
        MediaType notFound = json(object().addProperty("odsCode", string()));
        MediaType own = json(object().addProperty("odsCode", string())).example(Map.of("odsCode", "RH8"));
        OpenAPI document = document("404", notFound);
        document.getPaths().getPathItem("/api/v1/things").getGET().getResponses().addAPIResponse("200",
                OASFactory.createAPIResponse().content(OASFactory.createContent().addMediaType("application/json", own)));

        ResponseExamples.complete(document);

        assertNull(notFound.getExample());
        assertNull(notFound.getExamples());
        assertEquals(Map.of("odsCode", "RH8"), own.getExample());
    }

    @Test
    void aPropertyOutsideTheVocabularyBorrowsTheExampleAnotherSchemaGivesItsName() {
        MediaType body = json(ref("Extension"));
        OpenAPI document = document("200", body);
        document.getComponents()
                .addSchema("Extension", object().addProperty("frobnication", string()))
                .addSchema("Amendment", object().addProperty("frobnication", string().examples(List.of("Clarification 4"))));

        ResponseExamples.complete(document);

        assertEquals(Map.of("frobnication", "Clarification 4"), document.getComponents().getExamples().get("Extension").getValue());
    }

    @Test
    void withNothingElseToGoOnAValueIsMadeFromTheTypeAndFormat() {
        MediaType body = json(object()
                .addProperty("quux", OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(new BigDecimal("3")))
                .addProperty("quuxOn", string().format("date"))
                .addProperty("quuxAt", string().format("date-time"))
                .addProperty("quuxId", string())
                .addProperty("quuxed", OASFactory.createSchema().addType(SchemaType.BOOLEAN)));

        ResponseExamples.complete(document("200", body));

        @SuppressWarnings("unchecked")
        Map<String, Object> example = (Map<String, Object>) body.getExample();
        assertEquals(3L, example.get("quux"));
        assertEquals("2017-12-04", example.get("quuxOn"));
        assertEquals("2017-12-04T10:00:00Z", example.get("quuxAt"));
        assertTrue(String.valueOf(example.get("quuxId")).matches("[0-9a-f-]{36}"), String.valueOf(example.get("quuxId")));
        assertEquals(Boolean.FALSE, example.get("quuxed"));
    }

    @Test
    void aSchemaThatContainsItselfEndsWhereItWouldRepeat() {
        MediaType body = json(ref("Milestone"));
        OpenAPI document = document("200", body);
        document.getComponents().addSchema("Milestone", object().addProperty("quuxName", string())
                .addProperty("next", ref("Milestone")));

        ResponseExamples.complete(document);

        @SuppressWarnings("unchecked")
        Map<String, Object> milestone = (Map<String, Object>) document.getComponents().getExamples().get("Milestone").getValue();
        assertEquals("quuxName", milestone.get("quuxName"));
        assertFalse(milestone.containsKey("next"), milestone.toString());
    }

    private static OpenAPI document(String status, MediaType media) {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents())
                .paths(OASFactory.createPaths().addPathItem("/api/v1/things", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse(status,
                                OASFactory.createAPIResponse()
                                        .content(OASFactory.createContent().addMediaType("application/json", media)))))));
    }

    private static MediaType json(Schema schema) {
        return OASFactory.createMediaType().schema(schema);
    }

    private static Schema ref(String component) {
        return OASFactory.createSchema().ref(component);
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
