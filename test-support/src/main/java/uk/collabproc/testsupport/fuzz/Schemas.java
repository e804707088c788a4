package uk.collabproc.testsupport.fuzz;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/** Reads OpenAPI 3.1 schemas as they are written in our documents: references with siblings, types as sets. */
final class Schemas {

    private static final String PREFIX = "#/components/schemas/";

    private final Map<String, Schema> components;

    @SuppressWarnings({ "rawtypes", "unchecked" })
    Schemas(OpenAPI api) {
        Map<String, Schema> found = api.getComponents() == null || api.getComponents().getSchemas() == null ? Map.of()
                : (Map) api.getComponents().getSchemas();
        this.components = found;
    }

    /** The schema a reference names (following references to references), or the schema itself. */
    Schema<?> resolve(Schema<?> schema) {
        Schema<?> current = schema;
        for (int hops = 0; current != null && current.get$ref() != null && hops < 20; hops++) {
            String ref = current.get$ref();
            Schema<?> target = components.get(ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : ref);
            if (target == null) {
                return current;
            }
            current = target;
        }
        return current;
    }

    /** The JSON type of a resolved schema ("object", "array", "string", "integer", "number", "boolean") or null. */
    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        Set<String> types = schema.getTypes();
        if (types != null) {
            return types.stream().filter(type -> !"null".equals(type)).findFirst().orElse(null);
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        if (schema.getItems() != null) {
            return "array";
        }
        return null;
    }

    static boolean nullable(Schema<?> schema) {
        return Boolean.TRUE.equals(schema.getNullable()) || (schema.getTypes() != null && schema.getTypes().contains("null"));
    }
}
