package uk.collabproc.procurement.glance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinearScaleTest {

    private final LinearScale scale = new LinearScale(0, 200, 100, 500);

    @Test
    void theEndsOfTheDomainMapToTheEndsOfTheRange() {
        assertEquals(100, scale.map(0));
        assertEquals(500, scale.map(200));
    }

    @Test
    void aValueBetweenMapsInProportion() {
        assertEquals(300, scale.map(100));
        assertEquals(150, scale.map(25));
    }

    @Test
    void aValueOutsideTheDomainIsClampedToItsEnd() {
        assertEquals(100, scale.map(-50));
        assertEquals(500, scale.map(1_000));
    }

    @Test
    void anEmptyDomainMapsEverythingToTheStartInsteadOfDividingByZero() {
        assertEquals(10, new LinearScale(5, 5, 10, 90).map(5));
    }

    @Test
    void anAxisEndsAtTheNextRoundNumber() {
        assertEquals(1, LinearScale.niceCeiling(0));
        assertEquals(1, LinearScale.niceCeiling(0.7));
        assertEquals(1000, LinearScale.niceCeiling(1000));
        assertEquals(2000, LinearScale.niceCeiling(1001));
        assertEquals(25_000, LinearScale.niceCeiling(21_000));
        assertEquals(50_000, LinearScale.niceCeiling(31_000));
        assertEquals(100, LinearScale.niceCeiling(84.1));
    }
}
