package uk.collabproc.common.openapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives each operation's error answers an example of the problem it really sends, instead of the problem schema's one
 * generic 404 ("Record not found") for every answer. The example is made from what the document knows of the
 * operation, as the services' {@code Problems} word them: a 404 names the resource of the path's last identifier
 * ("Procurement 3f2c… was not found"); a 409 of a change whose body carries a {@code version} is the stale-version
 * conflict; a 400 lists the violations the operation's own body can have (its required properties, its bounds); every
 * other error says what the operation's response description says. Answers shared by every operation (406, 414, …,
 * in {@code components.responses}) get theirs from their own description.
 */
final class ProblemExamples {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("400", "Bad Request"), Map.entry("401", "Unauthorized"), Map.entry("403", "Forbidden"),
            Map.entry("404", "Not Found"), Map.entry("405", "Method Not Allowed"), Map.entry("406", "Not Acceptable"),
            Map.entry("409", "Conflict"), Map.entry("410", "Gone"), Map.entry("412", "Precondition Failed"),
            Map.entry("413", "Content Too Large"), Map.entry("414", "URI Too Long"), Map.entry("415", "Unsupported Media Type"),
            Map.entry("422", "Unprocessable Content"), Map.entry("428", "Precondition Required"),
            Map.entry("429", "Too Many Requests"), Map.entry("500", "Internal Server Error"),
            Map.entry("503", "Service Unavailable"));
    private static final int MAX_VIOLATIONS = 3;

    private final Map<String, Schema> schemas;

    private ProblemExamples(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    static void complete(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                ? openAPI.getComponents().getSchemas()
                : Map.of();
        ProblemExamples examples = new ProblemExamples(schemas);
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        if (response.getRef() == null) {
                            examples.complete(path, operation, status, response);
                        }
                    });
                }
            }));
        }
    }

    /** The example of an answer every operation may give, described once in {@code components.responses}. */
    static Map<String, Object> shared(String status, String description) {
        return problem(status, description, null, List.of());
    }

    private void complete(String path, Operation operation, String status, APIResponse response) {
        MediaType problem = problemOf(response);
        if (problem == null || problem.getExample() != null || (problem.getExamples() != null && !problem.getExamples().isEmpty())) {
            return;
        }
        String instance = instance(path);
        String detail = sentence(response.getDescription());
        List<Map<String, Object>> violations = List.of();
        String title = TITLES.getOrDefault(status, "Error");
        Schema body = body(operation);
        if ("404".equals(status)) {
            String resource = lastResource(path);
            if (resource != null) {
                detail = resource + " was not found";
            }
        } else if ("409".equals(status) && body != null && body.getProperties() != null && body.getProperties().containsKey("version")) {
            title = "Stale version";
            String noun = lastNoun(path);
            detail = (noun == null ? "It" : "The " + noun.toLowerCase()) + " has changed since it was read; its current version is 4";
        } else if ("400".equals(status)) {
            violations = violations(body);
        } else if ("401".equals(status)) {
            // What the services answer to a missing, expired or forged token alike.
            detail = "A valid bearer token is required";
        }
        Map<String, Object> example = problem(status, detail, instance, violations);
        example.put("title", title);
        problem.setExample(reorder(example));
    }

    /** RFC 9457's members in their usual order, then the extension members. */
    private static Map<String, Object> reorder(Map<String, Object> problem) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String member : List.of("type", "title", "status", "detail", "instance", "violations")) {
            if (problem.containsKey(member)) {
                ordered.put(member, problem.get(member));
            }
        }
        return ordered;
    }

    private static Map<String, Object> problem(String status, String detail, String instance, List<Map<String, Object>> violations) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", TITLES.getOrDefault(status, "Error"));
        if (status != null) {
            problem.put("status", Integer.valueOf(status));
        }
        problem.put("detail", sentence(detail));
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (!violations.isEmpty()) {
            problem.put("violations", violations);
        }
        return reorder(problem);
    }

    /** The violations a body of this schema can have: its first required properties left out, then a bound passed. */
    private List<Map<String, Object>> violations(Schema body) {
        List<Map<String, Object>> violations = new ArrayList<>();
        if (body == null || body.getProperties() == null) {
            return violations;
        }
        if (body.getRequired() != null) {
            for (String required : body.getRequired()) {
                if (violations.size() == MAX_VIOLATIONS - 1) {
                    break;
                }
                violations.add(violation(required, "must not be null"));
            }
        }
        for (Map.Entry<String, Schema> property : body.getProperties().entrySet()) {
            if (violations.size() == MAX_VIOLATIONS) {
                break;
            }
            Schema schema = property.getValue();
            if (violations.stream().anyMatch(listed -> listed.get("field").equals(property.getKey()))) {
                continue;
            }
            if (schema.getMaximum() != null) {
                violations.add(violation(property.getKey(),
                        "must be less than or equal to " + schema.getMaximum().stripTrailingZeros().toPlainString()));
            } else if (schema.getMaxLength() != null) {
                violations.add(violation(property.getKey(), "size must be between 0 and " + schema.getMaxLength()));
            }
        }
        return violations;
    }

    private static Map<String, Object> violation(String field, String message) {
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", field);
        violation.put("in", "body");
        violation.put("message", message);
        return violation;
    }

    /** The JSON body's schema, resolved, when the operation takes one. */
    private Schema body(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return null;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaTypes().entrySet().stream()
                .filter(entry -> entry.getKey().contains("json")).map(Map.Entry::getValue).findFirst().orElse(null);
        Schema schema = json == null ? null : json.getSchema();
        for (int depth = 0; schema != null && schema.getRef() != null && depth < 8; depth++) {
            schema = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** "Procurement 3f2c…" for /procurements/{id}, "Site RK9-DERRIFORD" for …/sites/{siteCode}. */
    static String lastResource(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i > 0; i--) {
            Matcher parameter = PATH_PARAMETER.matcher(segments[i]);
            if (parameter.matches() && !PATH_PARAMETER.matcher(segments[i - 1]).matches()) {
                return singular(segments[i - 1]) + " " + value(parameter.group(1));
            }
        }
        return null;
    }

    /** The resource the path ends in: "Milestone" for /contracts/{id}/milestones/{mid}, "Tender" for …/tender. */
    static String lastNoun(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i > 0; i--) {
            if (!PATH_PARAMETER.matcher(segments[i]).matches()) {
                return singular(segments[i]);
            }
        }
        return null;
    }

    private static String singular(String segment) {
        String word = segment.replace('-', ' ');
        if (word.endsWith("ies")) {
            word = word.substring(0, word.length() - 3) + "y";
        } else if (word.endsWith("s") && !word.endsWith("ss")) {
            word = word.substring(0, word.length() - 1);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String instance(String path) {
        Matcher parameter = PATH_PARAMETER.matcher(path);
        StringBuilder instance = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(instance, Matcher.quoteReplacement(value(parameter.group(1))));
        }
        parameter.appendTail(instance);
        return instance.toString();
    }

    /** A path parameter's example: the suite's vocabulary (RK9, RK9-DERRIFORD), else a number or a UUID by name. */
    private static String value(String parameter) {
        Object known = ResponseExamples.vocabulary(null, parameter, null);
        if (known != null) {
            return String.valueOf(known);
        }
        if ("number".equals(parameter) || "lot".equals(parameter)) {
            return "1";
        }
        return UUID.nameUUIDFromBytes(("collabproc:" + parameter).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String sentence(String text) {
        return text == null || text.isBlank() ? "The request was refused" : text;
    }

    private static MediaType problemOf(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return null;
        }
        return response.getContent().getMediaType(ProblemResponsesFilter.PROBLEM_MEDIA_TYPE);
    }
}
