package uk.collabproc.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

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
    void aNulCharacterInAQueryParameterIsRefusedByName() {
        given().urlEncodingEnabled(false).get("/api/dev/clock?padding=a%00b")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("padding"))
                .body("violations[0].in", equalTo("query"));
    }
}
