package uk.collabproc.common.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TolerantEnumTest {

    enum Colour {
        RED,
        GREEN,
        UNKNOWN
    }

    @Test
    void aKnownValueIsItsConstant() {
        assertEquals(Colour.GREEN, TolerantEnum.of(Colour.class, "GREEN", Colour.UNKNOWN));
    }

    @Test
    void anUnknownMisspeltOrMissingValueIsUnknown() {
        assertEquals(Colour.UNKNOWN, TolerantEnum.of(Colour.class, "BLUE", Colour.UNKNOWN));
        assertEquals(Colour.UNKNOWN, TolerantEnum.of(Colour.class, "green", Colour.UNKNOWN));
        assertEquals(Colour.UNKNOWN, TolerantEnum.of(Colour.class, null, Colour.UNKNOWN));
    }
}
