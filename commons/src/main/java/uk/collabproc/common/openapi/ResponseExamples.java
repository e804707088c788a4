package uk.collabproc.common.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Gives every JSON body of a successful answer an example, built from its schema, so that partners and Swagger UI
 * see what an answer looks like without one written out per endpoint. The example of a body that is a component
 * schema (or a list of one) goes into {@code components/examples} under the schema's name (or the name with
 * {@code List}), and the answer refers to it.
 * <p>
 * The value of each property is, in this order: its own example (from {@code @Schema(examples = ...)}); for a
 * property holding one of an enum's values, the vocabulary's (below) when it is one of them, else the first; the suite's example vocabulary for
 * {@code Schema.property}, then for the property's name ({@code openapi-examples.properties} beside this class);
 * the example that another schema of the document gives a property of the same name; the example of the schema
 * it refers to; else one made from its type and format (items of a list count as their list's property). So a new DTO needs no example of its own when its property names are
 * the suite's usual ones, and an unusual name is best given a {@code @Schema(examples = ...)} where it is declared.
 */
final class ResponseExamples {

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String EXAMPLE_REF = "#/components/examples/";
    private static final String LIST_SUFFIX = "List";
    private static final int MAX_DEPTH = 8;
    private static final Properties VOCABULARY = vocabulary();

    private final Map<String, Schema> schemas;
    private final Map<String, Object> borrowed = new TreeMap<>();

    private ResponseExamples(Map<String, Schema> schemas) {
        this.schemas = schemas;
        // The first example any schema gives a property of that name, schemas in name order, so it is stable.
        new TreeMap<>(schemas).values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> {
                    Object example = ownExample(property);
                    if (example != null) {
                        borrowed.putIfAbsent(name, example);
                    }
                });
            }
        });
    }

    static void complete(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                ? openAPI.getComponents().getSchemas()
                : Map.of();
        ResponseExamples examples = new ResponseExamples(schemas);
        Map<String, Object> named = new TreeMap<>();
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (!status.startsWith("2") || response.getContent() == null || response.getContent().getMediaTypes() == null) {
                    return;
                }
                response.getContent().getMediaTypes().forEach((type, media) -> {
                    if (type.contains("json")) {
                        examples.complete(media, named);
                    }
                });
            });
        }));
        if (named.isEmpty()) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        named.forEach((name, value) -> {
            if (openAPI.getComponents().getExamples() == null || !openAPI.getComponents().getExamples().containsKey(name)) {
                openAPI.getComponents().addExample(name, OASFactory.createExample().value(value));
            }
        });
        openAPI.getComponents().setExamples(new TreeMap<>(openAPI.getComponents().getExamples()));
    }

    private void complete(MediaType media, Map<String, Object> named) {
        Schema schema = media.getSchema();
        if (schema == null || media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty())) {
            return;
        }
        String name = null;
        if (schema.getRef() != null && isComponent(schema.getRef()) && !isArray(schema)) {
            name = refName(schema.getRef());
        } else if (isArray(schema) && schema.getItems() != null && schema.getItems().getRef() != null
                && isComponent(schema.getItems().getRef())) {
            name = refName(schema.getItems().getRef()) + LIST_SUFFIX;
        }
        Object value = valueOf(null, null, schema, 0, new HashSet<>());
        if (value == null) {
            return;
        }
        if (name == null) {
            media.setExample(value);
            return;
        }
        named.putIfAbsent(name, value);
        media.addExample(lowerFirst(name), OASFactory.createExample().ref(EXAMPLE_REF + name));
    }

    /** The example of a schema; {@code owner} and {@code property} name where it is declared, when it is a property. */
    private Object valueOf(String owner, String property, Schema schema, int depth, Set<String> path) {
        Object own = ownExample(schema);
        if (own != null) {
            return own;
        }
        Schema target = resolve(schema);
        if (target == null) {
            return null;
        }
        List<Object> values = target.getEnumeration();
        if (values != null && !values.isEmpty()) {
            Object listed = property == null ? null : vocabulary(owner, property, target);
            if (listed == null && property != null) {
                listed = vocabulary(null, property, target);
            }
            return values.contains(listed) ? listed : values.get(0);
        }
        if (isScalar(target)) {
            return scalar(owner, property, target);
        }
        if (depth > MAX_DEPTH || (schema.getRef() != null && !path.add(schema.getRef()))) {
            return null; // too deep, or a cycle: leave the property out
        }
        try {
            return structured(owner, property, target, depth, path);
        } finally {
            if (schema.getRef() != null) {
                path.remove(schema.getRef());
            }
        }
    }

    private Object scalar(String owner, String property, Schema target) {
        Object value = property == null ? null : vocabulary(owner, property, target);
        if (value == null && property != null) {
            value = vocabulary(null, property, target);
        }
        if (value == null && property != null && borrowed.containsKey(property)) {
            value = coerce(borrowed.get(property), target);
        }
        if (value == null) {
            value = ownExample(target);
        }
        if (value == null) {
            value = target.getDefaultValue() != null ? target.getDefaultValue() : target.getConstValue();
        }
        return value != null ? value : fromType(property, target);
    }

    private Object structured(String owner, String property, Schema schema, int depth, Set<String> path) {
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Schema part : schema.getAllOf()) {
                if (valueOf(owner, property, part, depth + 1, path) instanceof Map<?, ?> map) {
                    map.forEach((key, value) -> merged.put(String.valueOf(key), value));
                }
            }
            return merged.isEmpty() ? null : merged;
        }
        List<Schema> choices = schema.getOneOf() != null && !schema.getOneOf().isEmpty() ? schema.getOneOf() : schema.getAnyOf();
        if (choices != null && !choices.isEmpty()) {
            return valueOf(owner, property, choices.get(0), depth + 1, path);
        }
        if (isArray(schema)) {
            List<Object> list = new ArrayList<>();
            Object item = schema.getItems() == null ? null : valueOf(owner, property, schema.getItems(), depth + 1, path);
            if (item != null) {
                list.add(item);
            }
            return list;
        }
        if (isObject(schema)) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                String name = ownerName(schema);
                schema.getProperties().forEach((propertyName, propertySchema) -> {
                    Object value = valueOf(name, propertyName, propertySchema, depth + 1, path);
                    if (value != null) {
                        object.put(propertyName, value);
                    }
                });
            } else if (schema.getAdditionalPropertiesSchema() != null && property != null) {
                // A map: one entry, its key and value from the vocabulary (property.key, property.value) where listed.
                Object value = valueOf(null, property + ".value", schema.getAdditionalPropertiesSchema(), depth + 1, path);
                String key = VOCABULARY.getProperty(owner + "." + property + ".key", VOCABULARY.getProperty(property + ".key", "key"));
                if (value != null) {
                    object.put(key, value);
                }
            }
            return object;
        }
        return null;
    }

    private static Object fromType(String property, Schema schema) {
        SchemaType type = typeOf(schema);
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (type == SchemaType.BOOLEAN) {
            return Boolean.FALSE;
        }
        if (type == SchemaType.INTEGER) {
            return schema.getMinimum() != null ? schema.getMinimum().longValue() : 1L;
        }
        if (type == SchemaType.NUMBER) {
            return schema.getMinimum() != null ? schema.getMinimum() : new BigDecimal("1.00");
        }
        if (type != SchemaType.STRING) {
            return null;
        }
        if ("uuid".equals(format) || (property != null && (property.equals("id") || property.endsWith("Id") || property.endsWith("ID")))) {
            // Ids are UUIDs; one per property name, so that the ids of an example are told apart.
            return UUID.nameUUIDFromBytes(("collabproc:" + nullSafe(property)).getBytes(StandardCharsets.UTF_8)).toString();
        }
        return switch (format) {
            case "date" -> "2017-12-04";
            case "date-time" -> "2017-12-04T10:00:00Z";
            case "uri", "uri-reference" -> "https://collabproc.example/" + nullSafe(property);
            default -> property == null ? "text" : property;
        };
    }

    private Schema resolve(Schema schema) {
        Schema current = schema;
        Set<String> seen = new HashSet<>();
        while (current != null && current.getRef() != null && isComponent(current.getRef())) {
            // A reference with siblings (OpenAPI 3.1): the referenced schema says what the value is.
            if (!seen.add(current.getRef())) {
                return null;
            }
            Schema target = schemas.get(refName(current.getRef()));
            if (target == null) {
                return current;
            }
            current = target;
        }
        return current;
    }

    private static Object ownExample(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        return schema.getExample();
    }

    static Object vocabulary(String owner, String property, Schema schema) {
        if (property == null) {
            return null;
        }
        String text = VOCABULARY.getProperty(owner == null ? property : owner + "." + property);
        return text == null ? null : schema == null ? text : coerce(text, schema);
    }

    /** The value as the schema's type, or nothing when it is not one. */
    private static Object coerce(Object value, Schema schema) {
        SchemaType type = typeOf(schema);
        String text = String.valueOf(value);
        try {
            if (type == SchemaType.INTEGER) {
                return value instanceof Number number ? (Object) number.longValue() : Long.valueOf(text);
            }
            if (type == SchemaType.NUMBER) {
                return new BigDecimal(text);
            }
        } catch (NumberFormatException notANumber) {
            return null;
        }
        if (type == SchemaType.BOOLEAN) {
            return "true".equals(text) || "false".equals(text) ? Boolean.valueOf(text) : null;
        }
        return type == SchemaType.STRING ? text : null;
    }

    private static SchemaType typeOf(Schema schema) {
        if (schema.getType() == null) {
            return null;
        }
        return schema.getType().stream().filter(type -> type != SchemaType.NULL).findFirst().orElse(null);
    }

    private static boolean isArray(Schema schema) {
        return typeOf(schema) == SchemaType.ARRAY;
    }

    private static boolean isObject(Schema schema) {
        return typeOf(schema) == SchemaType.OBJECT || (typeOf(schema) == null && schema.getProperties() != null);
    }

    private static boolean isScalar(Schema schema) {
        SchemaType type = typeOf(schema);
        return type == SchemaType.STRING || type == SchemaType.INTEGER || type == SchemaType.NUMBER || type == SchemaType.BOOLEAN;
    }

    private String ownerName(Schema schema) {
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            if (entry.getValue() == schema) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static boolean isComponent(String ref) {
        return ref.startsWith(SCHEMA_REF);
    }

    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String nullSafe(String text) {
        return text == null ? "" : text;
    }

    private static Properties vocabulary() {
        Properties properties = new Properties();
        try (InputStream in = ResponseExamples.class.getResourceAsStream("openapi-examples.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
