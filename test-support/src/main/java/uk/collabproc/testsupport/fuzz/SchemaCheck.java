package uk.collabproc.testsupport.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Checks a JSON answer against the schema its document gives for it. Our documents are OpenAPI 3.1 (JSON Schema
 * 2020-12: types as sets, numeric {@code exclusiveMinimum}, references with siblings), which the draft-4 validator
 * inside swagger-request-validator does not read, so this is our own check of what a client generated from the
 * document relies on: the JSON types, {@code required}, enums, formats (uuid, date, date-time, int32, int64),
 * items and closed objects ({@code additionalProperties: false}). A {@code null} is accepted for properties that are
 * not required, as Jackson writes absent values; everything else must be what the schema says.
 */
final class SchemaCheck {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

    private final Schemas schemas;

    SchemaCheck(Schemas schemas) {
        this.schemas = schemas;
    }

    /** Every mismatch, each as "where: what"; empty when the value is what the schema says. */
    List<String> mismatches(JsonNode value, Schema<?> schema) {
        List<String> found = new ArrayList<>();
        check("$", value, schema, found, 0);
        return found;
    }

    private void check(String where, JsonNode value, Schema<?> declared, List<String> found, int depth) {
        if (declared == null || depth > 50 || found.size() > 10) {
            return;
        }
        Schema<?> schema = schemas.resolve(declared);
        if (value.isNull()) {
            if (!Schemas.nullable(schema) && Schemas.type(schema) != null) {
                found.add(where + ": null where the document says " + Schemas.type(schema));
            }
            return;
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> check(where, value, part, found, depth + 1));
        }
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (alternatives != null && !alternatives.isEmpty()
                && alternatives.stream().noneMatch(alternative -> mismatches(value, alternative).isEmpty())) {
            found.add(where + ": matches none of the alternatives");
        }
        String type = Schemas.type(schema);
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> checkObject(where, value, schema, found, depth);
            case "array" -> {
                if (!value.isArray()) {
                    found.add(where + ": " + kind(value) + " where the document says array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(where + "[" + i + "]", value.get(i), schema.getItems(), found, depth + 1);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    found.add(where + ": " + kind(value) + " where the document says string");
                    return;
                }
                checkEnum(where, value.asText(), schema, found);
                checkFormat(where, value.asText(), schema.getFormat(), found);
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    found.add(where + ": " + kind(value) + " where the document says integer");
                } else if ("int32".equals(schema.getFormat()) && !value.canConvertToInt()) {
                    found.add(where + ": " + value + " is not an int32");
                } else if ("int64".equals(schema.getFormat()) && !value.canConvertToLong()) {
                    found.add(where + ": " + value + " is not an int64");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    found.add(where + ": " + kind(value) + " where the document says number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    found.add(where + ": " + kind(value) + " where the document says boolean");
                }
            }
            default -> {
            }
        }
    }

    private void checkObject(String where, JsonNode value, Schema<?> schema, List<String> found, int depth) {
        if (!value.isObject()) {
            found.add(where + ": " + kind(value) + " where the document says object");
            return;
        }
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        if (schema.getRequired() != null) {
            for (String name : schema.getRequired()) {
                if (!value.has(name) || value.get(name).isNull()) {
                    found.add(where + "." + name + ": required, but missing");
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Schema<?> property = properties.get(field.getKey());
            if (property != null) {
                boolean required = schema.getRequired() != null && schema.getRequired().contains(field.getKey());
                if (field.getValue().isNull() && !required) {
                    continue;
                }
                check(where + "." + field.getKey(), field.getValue(), property, found, depth + 1);
            } else if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
                check(where + "." + field.getKey(), field.getValue(), additional, found, depth + 1);
            } else if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
                found.add(where + "." + field.getKey() + ": a field the document does not list");
            }
        }
    }

    private static void checkEnum(String where, String text, Schema<?> schema, List<String> found) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()
                && schema.getEnum().stream().noneMatch(allowed -> String.valueOf(allowed).equals(text))) {
            found.add(where + ": '" + text + "' is none of " + schema.getEnum());
        }
    }

    private static void checkFormat(String where, String text, String format, List<String> found) {
        if (format == null) {
            return;
        }
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "date-time" -> {
                    if (!INSTANT.matcher(text).matches()) {
                        throw new IllegalArgumentException();
                    }
                    OffsetDateTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) + "+00:00" : text);
                }
                case "decimal" -> new BigDecimal(text);
                default -> {
                    return;
                }
            }
        } catch (RuntimeException e) {
            found.add(where + ": '" + text + "' is not a " + format);
        }
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase();
    }
}
