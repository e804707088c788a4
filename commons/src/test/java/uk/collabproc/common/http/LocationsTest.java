package uk.collabproc.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LocationsTest {

    @Test
    void fillsThePlaceholdersInOrder() {
        UUID id = UUID.fromString("0c88afc0-07ba-415a-839e-f32970b5b6fa");
        assertEquals(URI.create("/api/v1/procurements/0c88afc0-07ba-415a-839e-f32970b5b6fa/evaluators/eval-alice"),
                Locations.of("/api/v1/procurements/{pid}/evaluators/{evaluatorId}", id, "eval-alice"));
    }

    @Test
    void everyValueStaysOneSegment() {
        URI location = Locations.of("/api/v1/evaluators/{id}", "eval/../x");
        assertEquals("/api/v1/evaluators/eval%2F..%2Fx", location.toString());
        assertEquals(location, URI.create("/api/v1/evaluators/").resolve(location).normalize(), "nothing to normalise away");
        assertEquals("/api/v1/evaluators/a%20b%5Cc%07%C3%A9%25%3F%23",
                Locations.of("/api/v1/evaluators/{id}", "a b\\c\u0007é%?#").toString());
        assertEquals("/api/v1/evaluators/jo.smith@nhs.net", Locations.of("/api/v1/evaluators/{id}", "jo.smith@nhs.net").toString());
    }

    @Test
    void isRelativeSoThatNoHostIsTakenFromTheRequest() {
        assertFalse(Locations.of("/api/v1/suppliers/{id}", UUID.randomUUID()).isAbsolute());
    }

    @Test
    void refusesSegmentsThatWouldMoveThePath() {
        assertThrows(IllegalArgumentException.class, () -> Locations.of("/a/{id}", ".."));
        assertThrows(IllegalArgumentException.class, () -> Locations.of("/a/{id}", "."));
        assertThrows(IllegalArgumentException.class, () -> Locations.of("/a/{id}", ""));
        assertThrows(IllegalArgumentException.class, () -> Locations.of("/a/{id}/{other}", "x"));
        assertThrows(IllegalArgumentException.class, () -> Locations.of("/a/{id}", "x", "y"));
    }

    @Test
    void aPathAtAnotherServiceTakesItsConfiguredAddressWithOrWithoutTrailingSlashes() {
        URI award = Locations.of("/api/v1/awards/{id}", "a b");
        assertEquals("https://contracts.example/api/v1/awards/a%20b", Locations.at("https://contracts.example", award));
        assertEquals("https://contracts.example/api/v1/awards/a%20b", Locations.at("https://contracts.example//", award));
        assertEquals("http://localhost:8083/base/api/v1/awards/a%20b", Locations.at("http://localhost:8083/base/", award));
    }
}
