package uk.collabproc.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * A service's access matrix, read from its committed OpenAPI document: every operation, called as a persona that must
 * not reach it, must answer a documented refusal and give away nothing of the other party. The service's test names,
 * per operation, the personas entitled to it; every other persona it lists is then expected to be refused. A new
 * operation that the test does not classify fails the test, so the matrix cannot fall behind the API.
 */
public final class AccessMatrix {

    /** Refusals that say nothing of the other party: the body failed validation, the role is wrong, or "no such thing". */
    private static final Set<Integer> REFUSALS = Set.of(400, 403, 404);
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** One operation of the document, with the statuses it documents. */
    public record Operation(String method, String path, String operationId, Set<Integer> documented) {

        public boolean hasPathParameters() {
            return path.contains("{");
        }

        @Override
        public String toString() {
            return operationId + " (" + method + " " + path + ")";
        }
    }

    /** A persona: a name for the report and the token it calls with (null: no token). */
    public record Persona(String name, String token) {
    }

    private final List<Operation> operations;
    private final List<String> findings = new ArrayList<>();
    private int calls;

    private AccessMatrix(List<Operation> operations) {
        this.operations = operations;
    }

    /** The operations of the service's committed document ({@link OpenApiDocumentCheck#COMMITTED}). */
    public static AccessMatrix ofCommittedDocument() {
        try {
            OpenAPI api = new OpenAPIV3Parser().readContents(Files.readString(OpenApiDocumentCheck.COMMITTED)).getOpenAPI();
            List<Operation> operations = new ArrayList<>();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                Set<Integer> documented = new TreeSet<>();
                operation.getResponses().keySet().stream().filter(code -> code.matches("\\d{3}")).map(Integer::valueOf)
                        .forEach(documented::add);
                operations.add(new Operation(method.name(), path, operation.getOperationId(), documented));
            }));
            return new AccessMatrix(operations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This matrix and {@code internal}: operations only other services may call, which the public document leaves out
     * but which must refuse every person as firmly as the documented ones.
     */
    public AccessMatrix including(List<Operation> internal) {
        List<Operation> all = new ArrayList<>(operations);
        all.addAll(internal);
        return new AccessMatrix(all);
    }

    public List<Operation> operations() {
        return operations;
    }

    /**
     * Calls {@code operation} as {@code persona} with the path parameters from {@code values} (by the path up to the
     * parameter, e.g. {@code /api/v1/awards/{id}}, or else by the parameter's name) and an empty
     * JSON object as the body of writes, and records a finding unless the answer is a documented refusal in
     * {@code expected} that contains none of {@code secrets}.
     */
    public void expectRefusal(Operation operation, Persona persona, Map<String, String> values, Set<Integer> expected,
            List<String> secrets) {
        Response response = call(operation, persona, values);
        String body = response.asString();
        String at = operation + " as " + persona.name() + ": " + response.statusCode();
        if (!expected.contains(response.statusCode())) {
            findings.add(at + " where " + expected + " was expected; body " + abbreviate(body));
        } else if (!operation.documented().contains(response.statusCode())) {
            findings.add(at + " is not documented (" + operation.documented() + ")");
        } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            findings.add(at + " is not problem+json but " + response.contentType());
        }
        secrets.stream().filter(body::contains).forEach(secret -> findings.add(at + " gives away " + secret));
    }

    /** {@link #expectRefusal} with the refusals that say nothing of the other party. */
    public void expectRefusal(Operation operation, Persona persona, Map<String, String> values, List<String> secrets) {
        expectRefusal(operation, persona, values, operation.method().equals("GET") ? Set.of(403, 404) : REFUSALS, secrets);
    }

    /**
     * Calls every operation that {@code entitled} (by operationId) does not open to {@code persona}. {@code entitled}
     * must classify every operation that takes an id: an unknown one is a finding.
     */
    public void refuseWhereNotEntitled(List<Persona> personas, Map<String, Set<String>> entitled, Map<String, String> values,
            List<String> secrets) {
        for (Operation operation : operations) {
            if (!operation.hasPathParameters()) {
                continue;
            }
            Set<String> allowed = entitled.get(operation.operationId());
            if (allowed == null) {
                findings.add(operation + " takes an id and is not classified in the access matrix");
                continue;
            }
            for (Persona persona : personas) {
                if (!allowed.contains(persona.name())) {
                    expectRefusal(operation, persona, values, secrets);
                }
            }
        }
    }

    /** Every operation, with each token that proves nothing, answers 401 problem+json and gives nothing away. */
    public void refuseBadTokens(Function<String, String> values, List<String> secrets) {
        List<Persona> impostors = List.of(new Persona("no token", null),
                new Persona("an expired token", DevTokens.expired("officer", "RK9")),
                new Persona("a token signed with another key", DevTokens.signedWithAnotherKey("officer", "RK9")),
                new Persona("an unsigned token (alg none)", DevTokens.unsigned("officer", "RK9")));
        Map<String, String> all = new LinkedHashMap<>();
        for (Operation operation : operations) {
            Matcher parameters = PATH_PARAMETER.matcher(operation.path());
            while (parameters.find()) {
                all.put(parameters.group(1), values.apply(parameters.group(1)));
            }
        }
        for (Operation operation : operations) {
            for (Persona impostor : impostors) {
                expectRefusal(operation, impostor, all, Set.of(401), secrets);
            }
        }
    }

    private Response call(Operation operation, Persona persona, Map<String, String> values) {
        calls++;
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        if (persona.token() != null) {
            request = request.header("Authorization", "Bearer " + persona.token());
        }
        if (Set.of("POST", "PUT", "PATCH").contains(operation.method())) {
            request = request.contentType("application/json").body("{}");
        }
        String path = operation.path();
        Matcher parameters = PATH_PARAMETER.matcher(path);
        while (parameters.find()) {
            // A value may be given for this path's parameter ("/api/v1/awards/{id}") or for every parameter of that name.
            String value = values.getOrDefault(operation.path().substring(0, parameters.end()), values.get(parameters.group(1)));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + parameters.group(1) + "} of " + operation);
            }
            path = path.replace(parameters.group(), value);
        }
        return request.request(operation.method(), path);
    }

    /** Fails with every finding; prints how many calls were made. */
    public void assertNoFindings(String what) {
        System.out.printf("Access matrix (%s): %d calls, %d findings%n", what, calls, findings.size());
        assertTrue(findings.isEmpty(), findings.size() + " finding(s) in " + what + ":\n" + String.join("\n", findings));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
