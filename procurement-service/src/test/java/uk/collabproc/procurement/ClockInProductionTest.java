package uk.collabproc.procurement;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Where the clock is fixed, as in production, /api/dev/clock answers like any path that does not exist. */
@QuarkusTest
@TestProfile(ClockInProductionTest.FixedClock.class)
class ClockInProductionTest {

    public static class FixedClock implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("collab.dev-clock.enabled", "false");
        }
    }

    @Test
    void theClockEndpointDoesNotExist() {
        given().get("/api/dev/clock").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"now\": \"not even valid\"}")
                .put("/api/dev/clock").then().statusCode(404).contentType("application/problem+json");
    }
}
