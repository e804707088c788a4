package uk.collabproc.testsupport.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import uk.collabproc.testsupport.DevTokens;

/**
 * A schema-driven fuzzer: it reads a service's committed OpenAPI document, walks every operation and sends the
 * running service requests generated from the schemas, valid ones and malformed ones (wrong types, huge and negative
 * numbers, long and odd strings, nulls, missing and extra fields, unknown enum values, bad dates and ids, huge paging,
 * wrong media types, empty and deeply nested bodies, missing, foreign-role and broken tokens). Each answer must be
 * below 500, a status the document lists for the operation, and match the schema and media type it documents for
 * that status; every error must be problem+json with {@code type}, {@code title} and {@code status}, naming no Java
 * class, SQL or stack frame.
 *
 * <p>
 * Deterministic for a seed: the seed is printed, and {@code -Dfuzz.seed=N} replays a run ({@code -Dfuzz.requests=N}
 * changes its length). The service's data changes as requests succeed, so a replay is as close as the data allows.
 * {@code -Dfuzz.trace=operationId} prints every request of that operation with its answer.
 */
public final class ApiFuzzer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> LEAKS = List.of("java.", "jakarta.", "org.hibernate", "io.quarkus", "io.vertx",
            "com.fasterxml", "Exception", "select ", "SELECT ", "insert into", "INSERT INTO", "SQLState", "\tat ", "uk.collabproc");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** What one run found, with what it sent. */
    public record Report(long seed, int sent, Map<Integer, Integer> byStatus, Map<String, Map<Integer, Integer>> byOperation,
            List<Finding> findings, Duration took) {

        public String describe() {
            StringBuilder text = new StringBuilder();
            text.append("API fuzzer: seed ").append(seed).append(" (replay with -Dfuzz.seed=").append(seed).append("), ")
                    .append(sent).append(" requests in ").append(took.toMillis()).append(" ms\n");
            text.append("  by status: ").append(byStatus).append('\n');
            byOperation.forEach((operation, statuses) -> text.append("  ").append(operation).append(": ").append(statuses).append('\n'));
            text.append("  findings: ").append(findings.size()).append('\n');
            findings.forEach(finding -> text.append(finding.describe()).append('\n'));
            return text.toString();
        }
    }

    /** One kind of wrong answer, with the first request that got it and how often it happened. */
    public static final class Finding {
        final String key;
        final String what;
        final String request;
        final String response;
        final int firstRequest;
        int times = 1;

        Finding(String key, String what, String request, String response, int firstRequest) {
            this.key = key;
            this.what = what;
            this.request = request;
            this.response = response;
            this.firstRequest = firstRequest;
        }

        public String what() {
            return what;
        }

        public String describe() {
            return "  - " + what + " (" + times + "x, first at request #" + firstRequest + ")\n      request: " + request
                    + "\n      response: " + response;
        }
    }

    private record Target(String method, String path, Operation operation) {
        String id() {
            return operation.getOperationId() != null ? operation.getOperationId() : method + " " + path;
        }
    }

    private record Sent(String method, URI uri, Map<String, String> headers, String body, String mutation) {
        String describe(String base) {
            String headersText = headers.entrySet().stream()
                    .map(header -> header.getKey() + ": "
                            + ("Authorization".equals(header.getKey()) ? abbreviate(header.getValue(), 20) : header.getValue()))
                    .reduce((a, b) -> a + "; " + b).orElse("");
            return "[" + mutation + "] " + method + " " + abbreviate(uri.toString().substring(base.length()), 300) + " {" + headersText
                    + "}"
                    + (body == null ? "" : " " + abbreviate(body, 300));
        }
    }

    private enum Mutation {
        VALID,
        NO_TOKEN,
        BROKEN_TOKEN,
        OTHER_ROLE,
        PATH_UNKNOWN_ID,
        PATH_MALFORMED,
        PATH_TOO_LONG,
        QUERY_MALFORMED,
        QUERY_HUGE_PAGING,
        QUERY_EXTRA,
        FIELD_WRONG_TYPE,
        FIELD_NULL,
        FIELD_MALFORMED,
        FIELD_MISSING,
        FIELD_EXTRA,
        BODY_ABSENT,
        BODY_EMPTY_OBJECT,
        BODY_NULL,
        BODY_WRONG_ROOT,
        BODY_DEEP,
        BODY_NOT_JSON,
        CONTENT_TYPE_WRONG,
        ACCEPT_WRONG
    }

    private final OpenAPI api;
    private final Schemas schemas;
    private final SchemaCheck check;
    private final Map<String, List<String>> seeds;
    private final Map<String, List<String>> tokens;
    private final long seed;
    private final int requests;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ApiFuzzer(Builder builder) throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        this.api = new OpenAPIV3Parser().readContents(Files.readString(builder.document), null, options).getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("Not an OpenAPI document: " + builder.document);
        }
        this.schemas = new Schemas(api);
        this.check = new SchemaCheck(schemas);
        this.seeds = builder.seeds;
        this.tokens = builder.tokens;
        this.seed = Long.getLong("fuzz.seed", builder.seed);
        this.requests = Integer.getInteger("fuzz.requests", builder.requests);
    }

    public static Builder forDocument(Path document) {
        return new Builder(document);
    }

    public static final class Builder {
        private final Path document;
        private final Map<String, List<String>> seeds = new LinkedHashMap<>();
        private final Map<String, List<String>> tokens = new LinkedHashMap<>();
        private long seed = 20171204L;
        private int requests = 1000;

        private Builder(Path document) {
            this.document = document;
        }

        /** Valid values for path and query parameters and body fields of this name: ids of data the test created. */
        public Builder values(String name, String... values) {
            seeds.computeIfAbsent(name, key -> new ArrayList<>()).addAll(List.of(values));
            return this;
        }

        /** Tokens to send where an operation allows the role; without one, a development token of the role for RK9. */
        public Builder tokens(String role, String... roleTokens) {
            tokens.computeIfAbsent(role, key -> new ArrayList<>()).addAll(List.of(roleTokens));
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder requests(int count) {
            this.requests = count;
            return this;
        }

        public Report run() throws IOException, InterruptedException {
            return new ApiFuzzer(this).fuzz();
        }
    }

    private Report fuzz() throws InterruptedException {
        long started = System.nanoTime();
        String base = RestAssured.baseURI + ":" + RestAssured.port + (RestAssured.basePath == null ? "" : RestAssured.basePath);
        List<Target> targets = new ArrayList<>();
        new TreeMap<>(api.getPaths()).forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> targets.add(new Target(method.name(), path, operation))));
        Random random = new Random(seed);
        Values values = new Values(random, schemas, seeds);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
        Map<String, Finding> findings = new LinkedHashMap<>();
        List<Target> order = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            if (order.isEmpty()) {
                order.addAll(targets);
                Collections.shuffle(order, random);
            }
            Target target = order.remove(order.size() - 1);
            Sent sent = request(base, target, values);
            HttpResponse<String> response;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(sent.uri()).timeout(Duration.ofSeconds(30))
                        .method(sent.method(), sent.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(sent.body(), StandardCharsets.UTF_8));
                sent.headers().forEach(request::header);
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                record(findings,
                        new Finding(target.id() + " io",
                                target.id() + ": no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                                sent.describe(base), "-", i));
                continue;
            }
            if (target.id().equals(System.getProperty("fuzz.trace"))) {
                System.out.println(
                        "fuzz.trace " + sent.describe(base) + "\n  -> " + response.statusCode() + " " + abbreviate(response.body(), 400));
            }
            byStatus.merge(response.statusCode(), 1, Integer::sum);
            byOperation.computeIfAbsent(target.id(), key -> new TreeMap<>()).merge(response.statusCode(), 1, Integer::sum);
            for (String problem : judge(target, sent, response)) {
                String key = target.id() + " " + response.statusCode() + " "
                        + problem.replaceAll("'[^']*'", "'…'").replaceAll("\\[\\d+]", "[]");
                record(findings, new Finding(key, target.id() + " answered " + response.statusCode() + ": " + problem,
                        sent.describe(base),
                        abbreviate(response.headers().firstValue("Content-Type").orElse("-") + " " + response.body(), 400), i));
            }
        }
        Report report = new Report(seed, requests, byStatus, byOperation, new ArrayList<>(findings.values()),
                Duration.ofNanos(System.nanoTime() - started));
        return report;
    }

    private static void record(Map<String, Finding> findings, Finding finding) {
        Finding known = findings.get(finding.key);
        if (known != null) {
            known.times++;
        } else if (!FuzzAllowList.allows(finding.what)) {
            findings.put(finding.key, finding);
        }
    }

    // ---- requests ----

    private Sent request(String base, Target target, Values values) {
        Random random = values.random();
        Operation operation = target.operation();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasPath = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
        boolean hasQuery = parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
        boolean paging = parameters.stream()
                .anyMatch(parameter -> "page".equals(parameter.getName()) || "size".equals(parameter.getName()));
        Map.Entry<String, MediaType> body = requestMedia(operation, random);
        boolean jsonBody = body != null && body.getKey().contains("json");
        List<Mutation> applicable = new ArrayList<>();
        for (Mutation mutation : Mutation.values()) {
            String name = mutation.name();
            boolean fits = switch (mutation) {
                case PATH_UNKNOWN_ID, PATH_MALFORMED, PATH_TOO_LONG -> hasPath;
                case QUERY_MALFORMED -> hasQuery;
                case QUERY_HUGE_PAGING -> paging;
                case CONTENT_TYPE_WRONG, BODY_ABSENT -> body != null;
                case OTHER_ROLE -> !roles(operation).isEmpty();
                default -> !name.startsWith("FIELD_") && !name.startsWith("BODY_") || jsonBody;
            };
            if (fits) {
                applicable.add(mutation);
            }
        }
        Mutation mutation = random.nextInt(4) == 0 ? Mutation.VALID : values.pick(applicable);

        // path and query
        String path = target.path();
        List<Parameter> pathParameters = parameters.stream().filter(parameter -> "path".equals(parameter.getIn())).toList();
        Parameter mutatedPath = pathParameters.isEmpty() ? null : values.pick(pathParameters);
        Matcher matcher = PATH_PARAMETER.matcher(path);
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Parameter parameter = pathParameters.stream().filter(candidate -> candidate.getName().equals(name)).findFirst().orElse(null);
            Schema<?> schema = parameter == null ? null : parameter.getSchema();
            String value;
            if (parameter == mutatedPath && mutation == Mutation.PATH_UNKNOWN_ID) {
                value = random.nextBoolean() ? java.util.UUID.randomUUID().toString() : "ZZ" + random.nextInt(1000);
            } else if (parameter == mutatedPath && mutation == Mutation.PATH_MALFORMED) {
                value = values.malformedText(schema);
                if (value.isEmpty()) {
                    value = " ";
                }
            } else if (parameter == mutatedPath && mutation == Mutation.PATH_TOO_LONG) {
                value = "P".repeat(5000);
            } else {
                value = String.valueOf(values.valid(name, schema, 0));
            }
            matcher.appendReplacement(uri, Matcher.quoteReplacement(encodePath(value)));
        }
        matcher.appendTail(uri);
        List<String> query = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (!"query".equals(parameter.getIn())) {
                continue;
            }
            String name = parameter.getName();
            String value = null;
            if (mutation == Mutation.QUERY_MALFORMED && random.nextBoolean()) {
                value = values.malformedText(parameter.getSchema());
            } else if (mutation == Mutation.QUERY_HUGE_PAGING && ("page".equals(name) || "size".equals(name))) {
                value = values.pick(
                        List.of("2147483647", "2147483648", "-1", "0", "500", "501", "100000", "99999999999999999999", "1e3", "abc", ""));
            } else if (Boolean.TRUE.equals(parameter.getRequired()) || random.nextInt(3) == 0) {
                value = String.valueOf(values.valid(name, parameter.getSchema(), 0));
            }
            if (value != null) {
                query.add(encodeQuery(name) + "=" + encodeQuery(value));
            }
        }
        if (mutation == Mutation.QUERY_EXTRA) {
            query.add("unknownParameter=" + encodeQuery(values.pick(Values.ODD_STRINGS)));
        }
        if (!query.isEmpty()) {
            uri.append('?').append(String.join("&", query));
        }

        // headers
        Map<String, String> headers = new LinkedHashMap<>();
        String token = switch (mutation) {
            case NO_TOKEN -> null;
            case BROKEN_TOKEN -> values.pick(List.of("abc", "a.b.c", "", DevTokens.officer("RK9") + "x", "null"));
            case OTHER_ROLE -> otherRoleToken(operation, values);
            default -> tokenFor(operation, values);
        };
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        headers.put("Accept", mutation == Mutation.ACCEPT_WRONG ? values.pick(List.of("application/xml", "text/html", "image/png"))
                : acceptFor(operation));

        // body
        String text = null;
        if (body != null && mutation != Mutation.BODY_ABSENT) {
            String mediaType = body.getKey();
            if (mutation == Mutation.CONTENT_TYPE_WRONG) {
                headers.put("Content-Type", values.pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json; charset=klingon", "text/csv; charset=UTF-7",
                        "application/octet-stream")));
            } else {
                headers.put("Content-Type", mediaType);
            }
            if (jsonBody) {
                text = jsonBody(body.getValue().getSchema(), mutation, values);
            } else {
                Object example = exampleOf(body.getValue());
                text = random.nextBoolean() && example != null ? example.toString()
                        : values.pick(List.of("", "siteCode\n", "a,b,c\n1,2,3\n", "\u0000", values.longString(),
                                values.pick(Values.ODD_STRINGS)));
            }
        } else if (body == null && mutation == Mutation.VALID && random.nextInt(8) == 0) {
            // A body where the operation takes none is ignored, or refused as problem+json.
            headers.put("Content-Type", "application/json");
            text = "{\"unexpected\":true}";
        }
        return new Sent(target.method(), URI.create(base + uri), headers, text, mutation.name());
    }

    private String jsonBody(Schema<?> schema, Mutation mutation, Values values) {
        Random random = values.random();
        switch (mutation) {
            case BODY_EMPTY_OBJECT:
                return values.pick(List.of("{}", ""));
            case BODY_NULL:
                return "null";
            case BODY_WRONG_ROOT:
                return values.pick(List.of("[]", "\"text\"", "42", "true", "[{}]"));
            case BODY_DEEP: {
                int depth = values.pick(List.of(100, 1500, 5000));
                return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            }
            case BODY_NOT_JSON:
                return values.pick(List.of("{", "{\"a\":", "not json", "{'a':1}", "{\"a\":1,}", "\u0000", "{\"a\":1}{\"b\":2}"));
            default:
                break;
        }
        Object value = values.valid(null, schema, 0);
        if (mutation.name().startsWith("FIELD_")) {
            List<Slot> slots = new ArrayList<>();
            collect(value, schema, slots, 0);
            if (!slots.isEmpty()) {
                Slot slot = values.pick(slots);
                switch (mutation) {
                    case FIELD_WRONG_TYPE -> slot.set(values.wrongType(slot.schema()));
                    case FIELD_NULL -> slot.set(null);
                    case FIELD_MALFORMED -> slot.set(values.malformed(slot.schema()));
                    case FIELD_MISSING -> slot.remove();
                    case FIELD_EXTRA -> slot.extra("unknownField", values.pick(List.of("x", 1, List.of(), Map.of())));
                    default -> {
                    }
                }
            } else if (mutation == Mutation.FIELD_EXTRA && value instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) value;
                map.put("unknownField", "x");
            }
        }
        return Json.write(value);
    }

    /** A place in a generated body that can be replaced: a field of an object or an item of an array. */
    private record Slot(Map<String, Object> object, List<Object> array, String field, int index, Schema<?> schema) {
        void set(Object value) {
            if (object != null) {
                object.put(field, value);
            } else {
                array.set(index, value);
            }
        }

        void remove() {
            if (object != null) {
                object.remove(field);
            } else {
                array.remove(index);
            }
        }

        void extra(String name, Object value) {
            if (object != null) {
                object.put(name, value);
            } else if (array.get(index) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) map;
                item.put(name, value);
            } else {
                array.add(value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void collect(Object value, Schema<?> declared, List<Slot> slots, int depth) {
        if (declared == null || depth > 10) {
            return;
        }
        Schema<?> schema = schemas.resolve(declared);
        if (value instanceof Map<?, ?> map && schema.getProperties() != null) {
            for (String field : new ArrayList<>((java.util.Set<String>) map.keySet())) {
                Schema<?> property = schema.getProperties().get(field);
                slots.add(new Slot((Map<String, Object>) map, null, field, -1, property));
                collect(map.get(field), property, slots, depth + 1);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Slot(null, (List<Object>) list, null, i, schema.getItems()));
                collect(list.get(i), schema.getItems(), slots, depth + 1);
            }
        }
    }

    private static Map.Entry<String, MediaType> requestMedia(Operation operation, Random random) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().isEmpty()) {
            return null;
        }
        List<Map.Entry<String, MediaType>> media = new ArrayList<>(operation.getRequestBody().getContent().entrySet());
        return media.get(random.nextInt(media.size()));
    }

    private static Object exampleOf(MediaType media) {
        if (media.getExample() != null) {
            return Values.plain(media.getExample());
        }
        if (media.getExamples() != null && !media.getExamples().isEmpty()) {
            return Values.plain(media.getExamples().values().iterator().next().getValue());
        }
        return null;
    }

    private static String acceptFor(Operation operation) {
        if (operation.getResponses() == null) {
            return "*/*";
        }
        return operation.getResponses().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("2") && entry.getValue().getContent() != null)
                .flatMap(entry -> entry.getValue().getContent().keySet().stream())
                .findFirst().map(type -> type + ", " + PROBLEM_JSON).orElse("*/*");
    }

    private static List<String> roles(Operation operation) {
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                requirement.values().forEach(roles::addAll);
            }
        }
        return roles;
    }

    private String tokenFor(Operation operation, Values values) {
        List<String> roles = roles(operation);
        String role = roles.isEmpty() ? values.pick(DevTokens.ROLES) : values.pick(roles);
        return tokenOf(role, values);
    }

    private String otherRoleToken(Operation operation, Values values) {
        List<String> others = new ArrayList<>(DevTokens.ROLES);
        others.removeAll(roles(operation));
        return others.isEmpty() ? null : tokenOf(values.pick(others), values);
    }

    private String tokenOf(String role, Values values) {
        List<String> known = tokens.get(role);
        if (known != null && !known.isEmpty()) {
            return values.pick(known);
        }
        return switch (role) {
            case "officer" -> DevTokens.officer("RK9");
            case "member" -> DevTokens.member("RK9");
            case "supplier" -> DevTokens.supplier(java.util.UUID.randomUUID().toString());
            case "evaluator" -> DevTokens.evaluator("eval-fuzz");
            case "project-manager" -> DevTokens.projectManager("RK9");
            default -> DevTokens.service(role);
        };
    }

    // ---- answers ----

    private List<String> judge(Target target, Sent sent, HttpResponse<String> response) {
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (status >= 500) {
            problems.add("a server error");
        }
        ApiResponse documented = documentedResponse(target.operation(), status);
        if (documented == null) {
            problems.add("a status the document does not list for the operation");
        }
        if (status >= 400) {
            problems.addAll(problem(status, mediaType, body));
        }
        if (documented != null) {
            Content content = documented.getContent();
            if (content == null || content.isEmpty()) {
                if (!body.isEmpty() && !"HEAD".equals(sent.method())) {
                    problems.add("a body where the document says there is none");
                }
            } else if (!body.isEmpty()) {
                MediaType media = content.get(mediaType);
                if (media == null) {
                    problems.add(
                            "media type " + (mediaType.isEmpty() ? "(none)" : mediaType) + " where the document says " + content.keySet());
                } else if (media.getSchema() != null && mediaType.contains("json")) {
                    try {
                        JsonNode node = json.readTree(body);
                        check.mismatches(node, media.getSchema())
                                .forEach(mismatch -> problems.add("body does not match its schema: " + mismatch));
                    } catch (IOException e) {
                        problems.add("a body that is not JSON");
                    }
                }
            } else if (status != 204 && status < 400 && !"HEAD".equals(sent.method())) {
                problems.add("no body where the document says " + content.keySet());
            }
        }
        return problems;
    }

    private ApiResponse documentedResponse(Operation operation, int status) {
        if (operation.getResponses() == null) {
            return null;
        }
        ApiResponse exact = operation.getResponses().get(String.valueOf(status));
        if (exact == null) {
            exact = operation.getResponses().get(status / 100 + "XX");
        }
        if (exact == null) {
            exact = operation.getResponses().get("default");
        }
        if (exact != null && exact.get$ref() != null && api.getComponents() != null && api.getComponents().getResponses() != null) {
            String ref = exact.get$ref();
            ApiResponse shared = api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
            return shared != null ? shared : exact;
        }
        return exact;
    }

    private List<String> problem(int status, String mediaType, String body) {
        List<String> problems = new ArrayList<>();
        if (!PROBLEM_JSON.equals(mediaType)) {
            problems.add("an error as " + (mediaType.isEmpty() ? "(no media type)" : mediaType) + ", not problem+json");
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                problems.add("an error body that is not a JSON object");
            } else {
                for (String field : List.of("type", "title", "status")) {
                    if (!node.hasNonNull(field)) {
                        problems.add("an error without '" + field + "'");
                    }
                }
                if (node.hasNonNull("status") && node.get("status").asInt() != status) {
                    problems.add("an error whose status says " + node.get("status"));
                }
            }
        } catch (IOException e) {
            problems.add("an error body that is not JSON");
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                problems.add("an error that shows '" + leak.replace("\t", "\\t") + "'");
            }
        }
        return problems;
    }

    // ---- encoding ----

    private static String encodePath(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text, int length) {
        String flat = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        return flat.length() <= length ? flat : flat.substring(0, length) + "…(" + flat.length() + " chars)";
    }

    /** Fails listing every finding; prints the report either way. */
    public static void assertNoFindings(Report report) {
        System.out.println(report.describe());
        if (!report.findings().isEmpty()) {
            throw new AssertionError(report.findings().size() + " finding(s) of the API fuzzer, seed " + report.seed() + ":\n"
                    + String.join("\n", report.findings().stream().map(Finding::describe).toList()));
        }
    }
}
