package uk.collabproc.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * What every service offers besides its business API: its OpenAPI document (valid, and equal to the
 * committed one), Swagger UI, health, metrics, problem+json for unknown paths, and the movable clock.
 * Each service runs these through a {@code @QuarkusTest} subclass.
 */
public abstract class PlatformChecks {

    /** The title the service's OpenAPI document must carry. */
    protected abstract String expectedTitle();

    @Test
    void servesTheCommittedOpenApiDocument() throws Exception {
        OpenApiDocumentCheck.assertMatchesCommitted();
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo(expectedTitle()))
                .body("info.version", equalTo("1.0.0"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void swaggerUiHealthAndMetricsAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
    }

    /**
     * Issue 18: the page keeps an officer's token across reloads, lists the three services' documents, and each entry
     * leads to a document: this service's own at once, the others' where their address is configured (not in tests).
     */
    @Test
    void swaggerUiKeepsTheTokenAndListsEveryServicesDocument() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString().replaceAll("\\s+", "");
        assertTrue(page.contains("persistAuthorization:true"), "persistAuthorization is not set: " + page);
        for (String service : List.of("procurement-service", "supplier-service", "contract-service")) {
            assertTrue(page.contains("/openapi/" + service), service + " is not in the page's list: " + page);
        }
        String own = given().accept("application/json").get("/q/openapi").then().extract().path("info.title");
        String name = own.toLowerCase().replace(' ', '-');
        given().redirects().follow(false).get("/openapi/" + name).then().statusCode(307).header("Location", equalTo("/q/openapi"));
        assertProblem(given().get("/openapi/no-such-service").then(), 404);
    }

    @Test
    void unknownPathsAreProblemsWithoutInternals() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void theServiceClockCanBeMovedOutsideProductionAndRunsOn() {
        Instant decision = Instant.parse("2017-12-04T10:00:00Z");
        given().contentType(ContentType.JSON).body(Map.of("now", decision.toString()))
                .when().put("/api/dev/clock")
                .then().statusCode(200);

        Instant read = Instant.parse(given().get("/api/dev/clock").then().statusCode(200).extract().path("now"));
        assertTrue(!read.isBefore(decision) && read.isBefore(decision.plus(1, ChronoUnit.MINUTES)), "clock reads " + read);

        given().contentType(ContentType.JSON).body(Map.of("now", "yesterday"))
                .when().put("/api/dev/clock")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongMethodsMediaTypesAndAcceptsAreProblems() {
        assertProblem(given().delete("/api/dev/clock").then(), 405);
        assertProblem(given().accept("application/xml").get("/api/dev/clock").then(), 406);
        assertProblem(given().contentType("text/plain").body("2017-12-04T10:00:00Z").put("/api/dev/clock").then(), 415);
    }

    @Test
    void aTooLongRequestLineIsAProblem() {
        // Longer than the 4096 characters a request line may have, shorter than the transport's own ceiling.
        String query = "x".repeat(5000);
        assertProblem(given().urlEncodingEnabled(false).get("/api/dev/clock?padding=" + query).then(), 414);
    }

    @Test
    void aTooLargeBodyIsAProblem() throws IOException {
        // Only the head is sent: the declared length alone must be refused, before anything is read.
        String answer = exchange("PUT /api/dev/clock HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (64L * 1024 * 1024) + "\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertTrue(head.contains("content-type: application/problem+json"), answer);
        JsonPath problem = JsonPath.from(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals(413, problem.getInt("status"));
        assertTrue(problem.getString("type") != null && problem.getString("title") != null && problem.getString("detail") != null, answer);
    }

    @Test
    void aNulCharacterInAQueryParameterIsRefusedByName() {
        given().urlEncodingEnabled(false).get("/api/dev/clock?padding=a%00b")
                .then().spec(Refusals.invalidInput("padding", "query"));
    }

    /** A problem+json answer with every member RFC 9457 names, and nothing of the implementation. */
    protected static void assertProblem(ValidatableResponse response, int status) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")));
    }

    /** Sends raw bytes, for requests no HTTP client would send, and answers everything the service sends back. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
