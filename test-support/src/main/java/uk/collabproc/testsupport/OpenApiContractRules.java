package uk.collabproc.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * What partners need of an OpenAPI document to generate a client from it, beyond what the parser itself checks:
 * <ul>
 * <li>every header and parameter has a {@code schema} or {@code content} (OpenAPI 3.1 requires one of them);</li>
 * <li>every operation has an {@code operationId} usable as a method name, unique in the document;</li>
 * <li>every 4xx/5xx answer is {@code application/problem+json} with one of the problem schemas;</li>
 * <li>every 2xx answer with a body has a schema and an example;</li>
 * <li>every enum lists its values, and every string property whose name says it holds a code (status, kind,
 * type, regime, outcome, method, ...) names its values;</li>
 * </ul>
 * and what officers need of it in Swagger UI:
 * <ul>
 * <li>every enum says what each of its values means ({@code x-enum-descriptions}, one entry per value);</li>
 * <li>every schema has a name of the domain, not one numbered by the generator ({@code Status2}, {@code Award1});</li>
 * <li>every CSV request body shows an example;</li>
 * <li>no operation that only another service may call (its roles are none of a person's, {@link DevTokens#ROLES});</li>
 * <li>no text names the engineers' own documents (docs/*.md, decisions, Java classes, deploy/ files other than the
 * token script people run).</li>
 * </ul>
 * {@link #violations(String)} lists everything wrong, so that one run shows all of it.
 */
public final class OpenApiContractRules {

    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    public static final Set<String> PROBLEM_SCHEMAS = Set.of("HttpProblem", "HttpValidationProblem");

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final String EXAMPLE_REF = "#/components/examples/";
    private static final Pattern METHOD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** Names of string properties that hold one of a fixed set of codes, never free text. */
    private static final Pattern CODE_PROPERTY = Pattern.compile(
            "(?i).*(status|kind|type|regime|outcome|method|criteria|rag|resilience|formula)");
    /** What the generator names a second schema of the same simple name: the name and a number. */
    private static final Pattern NUMBERED_NAME = Pattern.compile(".*[A-Za-z]\\d+");
    /** Engineers' documents and code, which a person reading the API has no access to. */
    private static final Pattern INTERNAL_MENTION = Pattern.compile(
            "docs/|\\b[\\w-]+\\.md\\b|\\b[Dd]ecisions? \\d{4}\\b|\\buk\\.collabproc\\.[a-z.]+\\.[A-Z]\\w*|\\b\\w+\\.java\\b"
                    + "|deploy/(?!local/token\\.sh)");
    static final String ENUM_DESCRIPTIONS = "x-enum-descriptions";

    private OpenApiContractRules() {
    }

    /** Every violation in the document at {@code path}, each as one line; empty when it holds. */
    public static List<String> violations(Path path) throws IOException {
        return violations(Files.readString(path));
    }

    /** Every violation in the document, each as one line; empty when it holds. */
    public static List<String> violations(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        List<String> found = new ArrayList<>();
        if (result.getMessages() != null) {
            result.getMessages().forEach(message -> found.add("parser: " + message));
        }
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            found.add("parser: no document");
            return found;
        }
        if (api.getOpenapi() == null || !api.getOpenapi().startsWith("3.1")) {
            found.add("not an OpenAPI 3.1 document: " + api.getOpenapi());
        }
        new Checker(api, found).check();
        return found;
    }

    private static final class Checker {
        private final OpenAPI api;
        private final List<String> found;
        private final Map<String, Schema<?>> schemas;

        Checker(OpenAPI api, List<String> found) {
            this.api = api;
            this.found = found;
            Map<String, Schema<?>> components = new HashMap<>();
            if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().forEach((name, schema) -> components.put(name, schema));
            }
            this.schemas = components;
        }

        void check() {
            Map<String, String> operationIds = new HashMap<>();
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> {
                    checkParameters(path, item.getParameters());
                    item.readOperationsMap().forEach((method, operation) -> checkOperation(method + " " + path, operation, operationIds));
                });
            }
            if (api.getComponents() != null) {
                if (api.getComponents().getHeaders() != null) {
                    api.getComponents().getHeaders().forEach((name, header) -> checkHeader("components.headers", name, header));
                }
                if (api.getComponents().getResponses() != null) {
                    api.getComponents().getResponses().forEach((name, response) -> checkHeaders("components.responses." + name, response));
                }
            }
            schemas.forEach((name, schema) -> {
                checkEnums(name, schema);
                if (NUMBERED_NAME.matcher(name).matches()) {
                    found.add("schema " + name + ": a numbered name; name it in the domain's words (@Schema(name = ...))");
                }
            });
            checkTexts("", api);
        }

        /** Every description, summary and title anywhere in the document, read as the model holds them. */
        private void checkTexts(String where, Object node) {
            if (node == null || node instanceof String || node instanceof Number || node instanceof Boolean || node instanceof Enum<?>) {
                return;
            }
            if (node instanceof Map<?, ?> map) {
                map.forEach((key, value) -> checkTexts(where + "." + key, value));
                return;
            }
            if (node instanceof Iterable<?> items) {
                int index = 0;
                for (Object item : items) {
                    checkTexts(where + "[" + index++ + "]", item);
                }
                return;
            }
            if (!node.getClass().getPackageName().startsWith("io.swagger.v3.oas.models")) {
                return;
            }
            for (java.lang.reflect.Method getter : node.getClass().getMethods()) {
                if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class
                        || getter.getName().equals("getExample") || getter.getName().equals("getDefault")
                        || getter.getName().equals("getEnum")
                        || getter.getName().equals("getConst") || getter.getName().equals("getExamples") && node instanceof Schema<?>) {
                    continue;
                }
                Object value;
                try {
                    value = getter.invoke(node);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                if (value instanceof String text && Set.of("description", "summary", "title").contains(property)) {
                    var mention = INTERNAL_MENTION.matcher(text);
                    if (mention.find()) {
                        found.add(where + "." + property + ": names an internal document or class (" + mention.group() + ")");
                    }
                } else if (!(value instanceof String)) {
                    checkTexts(where + "." + property, value);
                }
            }
        }

        private void checkOperation(String where, Operation operation, Map<String, String> operationIds) {
            String id = operation.getOperationId();
            if (id == null || id.isBlank()) {
                found.add(where + ": no operationId");
            } else {
                if (!METHOD_NAME.matcher(id).matches()) {
                    found.add(where + ": operationId '" + id + "' is not a method name (lower camel case letters and digits)");
                }
                String other = operationIds.putIfAbsent(id, where);
                if (other != null) {
                    found.add(where + ": operationId '" + id + "' is also the operationId of " + other);
                }
            }
            checkParameters(where, operation.getParameters());
            checkCallers(where, operation);
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().forEach((mediaType, media) -> {
                    if (mediaType.startsWith("text/csv") && media.getExample() == null
                            && (media.getExamples() == null || media.getExamples().isEmpty())) {
                        found.add(where + ": a CSV body without an example");
                    }
                });
            }
            if (operation.getResponses() == null) {
                found.add(where + ": no responses");
                return;
            }
            operation.getResponses().forEach((status, response) -> {
                String answer = where + " " + status;
                if (response.get$ref() != null) {
                    return;
                }
                checkHeaders(answer, response);
                if (status.startsWith("4") || status.startsWith("5")) {
                    checkProblem(answer, response.getContent());
                } else if (status.startsWith("2")) {
                    checkSuccess(answer, response.getContent());
                }
            });
        }

        /** An operation only other services may call is not the public API's: it is left out of the document. */
        private void checkCallers(String where, Operation operation) {
            if (operation.getSecurity() == null) {
                return;
            }
            Set<String> roles = new HashSet<>();
            operation.getSecurity().forEach(requirement -> requirement.values().forEach(roles::addAll));
            if (!roles.isEmpty() && roles.stream().noneMatch(DevTokens.ROLES::contains)) {
                found.add(where + ": only " + roles + " may call it, none of them a person; leave it out of the public document");
            }
        }

        private void checkParameters(String where, List<Parameter> parameters) {
            if (parameters == null) {
                return;
            }
            for (Parameter parameter : parameters) {
                if (parameter.get$ref() == null && parameter.getSchema() == null && isEmpty(parameter.getContent())) {
                    found.add(where + ": parameter " + parameter.getName() + " has neither schema nor content");
                }
            }
        }

        private void checkHeaders(String where, ApiResponse response) {
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, header) -> checkHeader(where, name, header));
            }
        }

        private void checkHeader(String where, String name, Header header) {
            if (header.get$ref() == null && header.getSchema() == null && isEmpty(header.getContent())) {
                found.add(where + ": header " + name + " has neither schema nor content");
            }
        }

        private void checkProblem(String where, Content content) {
            if (isEmpty(content)) {
                found.add(where + ": error answer without the problem schema");
                return;
            }
            content.forEach((mediaType, media) -> {
                if (!PROBLEM_MEDIA_TYPE.equals(mediaType)) {
                    found.add(where + ": error answer as " + mediaType + " instead of " + PROBLEM_MEDIA_TYPE);
                } else if (media.getSchema() == null || media.getSchema().get$ref() == null
                        || !PROBLEM_SCHEMAS.contains(refName(media.getSchema().get$ref()))) {
                    found.add(where + ": error answer does not name a problem schema " + PROBLEM_SCHEMAS);
                }
            });
        }

        private void checkSuccess(String where, Content content) {
            if (isEmpty(content)) {
                return;
            }
            content.forEach((mediaType, media) -> {
                if (media.getSchema() == null) {
                    found.add(where + " " + mediaType + ": body without a schema");
                    return;
                }
                if (!hasExample(media)) {
                    found.add(where + " " + mediaType + ": body without an example");
                }
                checkSchemaShape(where + " " + mediaType, media.getSchema());
            });
        }

        /** A schema that is a reference and something else at once is read differently by each generator. */
        private void checkSchemaShape(String where, Schema<?> schema) {
            if (schema.get$ref() != null && (schema.getItems() != null || schema.getProperties() != null)) {
                found.add(where + ": schema is both a reference to " + refName(schema.get$ref()) + " and an inline "
                        + (schema.getItems() != null ? "array" : "object"));
            }
        }

        private boolean hasExample(MediaType media) {
            if (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty())) {
                if (media.getExamples() != null) {
                    media.getExamples().forEach((name, example) -> {
                        if (example.get$ref() != null && (api.getComponents() == null || api.getComponents().getExamples() == null
                                || !api.getComponents().getExamples().containsKey(example.get$ref().substring(EXAMPLE_REF.length())))) {
                            found.add("example " + name + " refers to a missing " + example.get$ref());
                        }
                    });
                }
                return true;
            }
            Schema<?> schema = media.getSchema();
            Set<String> seen = new HashSet<>();
            while (schema != null) {
                if (schema.getExample() != null || (schema.getExamples() != null && !schema.getExamples().isEmpty())) {
                    return true;
                }
                if (schema.get$ref() == null || !seen.add(schema.get$ref())) {
                    return false;
                }
                schema = schemas.get(refName(schema.get$ref()));
            }
            return false;
        }

        private void checkEnums(String name, Schema<?> schema) {
            checkEnum(name, schema);
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, propertySchema) -> {
                    String where = name + "." + property;
                    checkEnum(where, propertySchema);
                    Schema<?> values = propertySchema.getItems() != null ? propertySchema.getItems() : propertySchema;
                    checkEnum(where + "[]", values);
                    if (CODE_PROPERTY.matcher(property).matches() && isPlainString(values)) {
                        found.add(where + ": a code without its values (an enum, or a reference to an enum schema)");
                    }
                });
            }
        }

        private void checkEnum(String where, Schema<?> schema) {
            if (schema.getEnum() == null) {
                return;
            }
            List<?> values = schema.getEnum();
            if (values.isEmpty()) {
                found.add(where + ": an enum without values");
            }
            if (new LinkedHashSet<>(values).size() != values.size()) {
                found.add(where + ": an enum that repeats a value " + values);
            }
            if (schema.getExamples() != null) {
                schema.getExamples().stream().filter(example -> !values.contains(example))
                        .forEach(example -> found.add(where + ": example " + example + " is none of the enum's values " + values));
            }
            Object descriptions = schema.getExtensions() == null ? null : schema.getExtensions().get(ENUM_DESCRIPTIONS);
            if (!(descriptions instanceof List<?> meanings) || meanings.size() != values.size()
                    || meanings.stream().anyMatch(meaning -> meaning == null || String.valueOf(meaning).isBlank())) {
                found.add(where + ": an enum without what each value means (" + ENUM_DESCRIPTIONS + ", one per value " + values + ")");
            }
        }

        private boolean isPlainString(Schema<?> schema) {
            if (schema.get$ref() != null) {
                Schema<?> target = schemas.get(refName(schema.get$ref()));
                return target != null && isString(target) && target.getEnum() == null && target.getFormat() == null;
            }
            if (schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null) {
                return false;
            }
            return isString(schema) && schema.getEnum() == null && schema.getFormat() == null && schema.getConst() == null;
        }

        private static boolean isString(Schema<?> schema) {
            return "string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string"));
        }
    }

    static String refName(String ref) {
        return ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.isEmpty();
    }

    /** The summary line of a list of violations, for assertion messages. */
    public static String describe(List<String> violations) {
        return violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + " of the API contract rules:\n  "
                + String.join("\n  ", violations);
    }
}
