package uk.collabproc.testsupport.fuzz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Values for a schema: valid ones (the test's own seed values by field name, then the document's examples, enums and
 * formats), and the malformed ones the fuzzer sends instead.
 */
final class Values {

    /** Text no field expects: empty, blank, control characters, markup, traversal, other scripts, a lone surrogate. */
    static final List<String> ODD_STRINGS = List.of("", " ", "\t\n", "null", "-1", "' OR '1'='1", "<script>alert(1)</script>",
            "../../etc/passwd", "%00", "\u0000", "a\u0000b", "\uD83D\uDE00", "Ω≈ç√∫", "\u202Eevil", "\uD800", "${jndi:x}",
            "\uFFFF", "🙂".repeat(50), "\\", "\"", "{}", "[]");
    static final List<Object> ODD_NUMBERS = List.of(-1, 0, -2147483648, 2147483647, 2147483648L, -9223372036854775808L,
            new Json.Raw("9223372036854775808"), new Json.Raw("1e400"), new Json.Raw("-1e400"),
            new Json.Raw("123456789012345678901234567890"),
            new BigDecimal("0.001"), new BigDecimal("1.5"), new BigDecimal("-0.01"), new Json.Raw("1E+2"),
            new BigDecimal("99999999999999999.99"));
    static final List<String> BAD_DATES = List.of("2017-02-30", "2017-13-01", "17-12-04", "2017-12-04T25:00:00Z", "yesterday", "0000-00-00",
            "+999999999-12-31", "-999999999-01-01", "2017-12-04T10:00:00", "2017-12-04 10:00", "9999-12-31", "1900-01-01", "2017-W49");
    static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "123",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "3F2504E0-4F89-11D3-9A0C-0305E82C3301", "3f2504e0-4f89-11d3-9a0c-0305e82c33010", "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}");

    private final Random random;
    private final Schemas schemas;
    private final Map<String, List<String>> seeds;

    Values(Random random, Schemas schemas, Map<String, List<String>> seeds) {
        this.random = random;
        this.schemas = schemas;
        this.seeds = seeds;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A value the schema allows, preferring the test's seed for a field of that name. */
    Object valid(String name, Schema<?> declared, int depth) {
        if (name != null && seeds.containsKey(name) && !seeds.get(name).isEmpty()) {
            return pick(seeds.get(name));
        }
        if (declared == null) {
            return "x";
        }
        Schema<?> direct = declared;
        if (direct.getExamples() != null && !direct.getExamples().isEmpty() && random.nextInt(4) > 0) {
            return plain(pick(direct.getExamples()));
        }
        if (direct.getExample() != null && random.nextInt(4) > 0) {
            return plain(direct.getExample());
        }
        Schema<?> schema = schemas.resolve(declared);
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return pick(schema.getEnum());
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return plain(pick(schema.getExamples()));
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return valid(name, schema.getAllOf().get(0), depth + 1);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return valid(name, pick(schema.getOneOf()), depth + 1);
        }
        String type = Schemas.type(schema);
        if (type == null) {
            return "x";
        }
        return switch (type) {
            case "object" -> validObject(schema, depth);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                int count = depth > 3 ? 0 : 1 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    items.add(valid(name, schema.getItems(), depth + 1));
                }
                yield items;
            }
            case "integer" -> {
                long low = schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
                long high = schema.getMaximum() != null ? schema.getMaximum().longValue() : Math.max(low, 100);
                yield low + (long) random.nextInt((int) Math.min(1000, Math.max(1, high - low + 1)));
            }
            case "number" -> new BigDecimal(random.nextInt(100000)).movePointLeft(2);
            case "boolean" -> random.nextBoolean();
            default -> validString(schema);
        };
    }

    /**
     * An example as the parser gives it (a JSON node for 3.1 documents) as the plain value it stands for, so that a
     * date example is the text 2017-12-04, not the JSON {@code "2017-12-04"} with its quotes, in a path or a body.
     */
    static Object plain(Object example) {
        if (example instanceof JsonNode node) {
            if (node.isTextual()) {
                return node.asText();
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isBoolean()) {
                return node.asBoolean();
            }
        }
        return example;
    }

    Map<String, Object> validObject(Schema<?> schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            return object;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((property, propertySchema) -> {
            if (Boolean.TRUE.equals(((Schema<?>) propertySchema).getReadOnly())) {
                return;
            }
            if (required.contains(property) || (depth < 3 && random.nextInt(3) > 0)) {
                object.put(property, valid(property, propertySchema, depth + 1));
            }
        });
        return object;
    }

    private String validString(Schema<?> schema) {
        String format = schema.getFormat();
        if (format != null) {
            switch (format) {
                case "uuid":
                    return UUID.randomUUID().toString();
                case "date":
                    return "2017-12-0" + (1 + random.nextInt(9));
                case "date-time":
                    return "2017-12-0" + (1 + random.nextInt(9)) + "T10:00:00Z";
                case "uri", "uri-reference":
                    return "https://example.org/x";
                default:
                    break;
            }
        }
        return "Fuzz " + Integer.toString(random.nextInt(1 << 20), 36);
    }

    /** A value of the wrong JSON type for the schema. */
    Object wrongType(Schema<?> declared) {
        String type = declared == null ? null : Schemas.type(schemas.resolve(declared));
        List<Object> candidates = new ArrayList<>(List.of("text", 42, true, List.of(1, 2), Map.of("a", 1), new BigDecimal("1.5")));
        candidates.removeIf(candidate -> type != null && switch (type) {
            case "string" -> candidate instanceof String;
            case "integer", "number" -> candidate instanceof Number;
            case "boolean" -> candidate instanceof Boolean;
            case "array" -> candidate instanceof List;
            case "object" -> candidate instanceof Map;
            default -> false;
        });
        return pick(candidates);
    }

    /** A malformed value fitting the schema's kind: odd text, a huge or negative number, a bad date or id, an unknown enum value. */
    Object malformed(Schema<?> declared) {
        Schema<?> schema = declared == null ? null : schemas.resolve(declared);
        String type = schema == null ? null : Schemas.type(schema);
        if (schema != null && schema.getEnum() != null && random.nextBoolean()) {
            return pick(List.of("NOT_A_VALUE", "", "lowercase_" + schema.getEnum().get(0).toString().toLowerCase(),
                    " " + schema.getEnum().get(0)));
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return pick(ODD_NUMBERS);
        }
        if ("string".equals(type) && schema.getFormat() != null) {
            switch (schema.getFormat()) {
                case "date", "date-time":
                    return pick(BAD_DATES);
                case "uuid":
                    return pick(BAD_IDS);
                default:
                    break;
            }
        }
        if ("array".equals(type)) {
            return random.nextBoolean() ? List.of() : java.util.Collections.nCopies(2000, valid(null, schema.getItems(), 5));
        }
        return random.nextInt(5) == 0 ? longString() : pick(ODD_STRINGS);
    }

    String longString() {
        int length = pick(List.of(256, 1001, 8001, 70000));
        return "L".repeat(length);
    }

    /** Text to stand for a path or query parameter of this schema that is wrong for it. */
    String malformedText(Schema<?> declared) {
        Object value = malformed(declared);
        if (value instanceof Json.Raw raw) {
            return raw.text();
        }
        if (value instanceof List || value instanceof Map) {
            return Json.write(value);
        }
        String text = String.valueOf(value);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    Random random() {
        return random;
    }
}
