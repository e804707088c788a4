package uk.collabproc.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

/** Issue 18: officers read what each enum value means beside the values. */
class EnumDescriptionsTest {

    @Test
    void anEnumSchemaListsEachValuesMeaningInOrder() {
        Schema resilience = OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.of("SINGLE", "DUAL", "DUAL_DIVERSE"));
        EnumDescriptions.complete(document("Resilience", resilience));

        assertEquals(List.of("One circuit", "Two fixed circuits", "Two fixed circuits on physically separate routes"),
                resilience.getExtensions().get(EnumDescriptions.EXTENSION));
        assertTrue(resilience.getDescription().contains("- `DUAL_DIVERSE`: Two fixed circuits on physically separate routes"),
                resilience.getDescription());
    }

    @Test
    void aValueMeansWhatItsSchemaOrPropertySaysBeforeWhatItMeansAnywhere() {
        assertEquals("The lot's award decision is recorded", EnumDescriptions.meaning("LotStatus", null, "AWARDED"));
        assertEquals("The award decision is recorded; the standstill runs", EnumDescriptions.meaning("ProcurementStatus", null, "AWARDED"));
        assertEquals("The award is in force", EnumDescriptions.meaning("OcdsAward", "status", "active"));
        assertEquals("The contract is signed and in force", EnumDescriptions.meaning("OcdsContract", "status", "active"));
    }

    @Test
    void anEnumInAPropertyIsDescribedAndOneWithAnUnknownValueIsLeftForTheContractRulesToReport() {
        Schema status = OASFactory.createSchema().addType(SchemaType.STRING).description("Where it stands")
                .enumeration(List.of("STANDSTILL", "CONCLUDED"));
        Schema unknown = OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.of("STANDSTILL", "NO_SUCH_VALUE"));
        Schema award = OASFactory.createSchema().addType(SchemaType.OBJECT).addProperty("status", status).addProperty("other", unknown);
        EnumDescriptions.complete(document("AwardView", award));

        assertTrue(status.getDescription().startsWith("Where it stands\n\n- `STANDSTILL`: "), status.getDescription());
        assertEquals(2, ((List<?>) status.getExtensions().get(EnumDescriptions.EXTENSION)).size());
        assertNull(unknown.getExtensions());
        assertNull(unknown.getDescription());
    }

    private static OpenAPI document(String name, Schema schema) {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema(name, schema));
    }
}
