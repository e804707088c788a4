package uk.collabproc.procurement.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkPostcodeTest {

    @ParameterizedTest
    @CsvSource({
            "PL6 8DH, PL6 8DH",
            "pl68dh, PL6 8DH",
            "EX2  5DW, EX2 5DW",
            "TQ2 7AA, TQ2 7AA",
            "M1 1AE, M1 1AE",
            "B33 8TH, B33 8TH",
            "CR2 6XH, CR2 6XH",
            "DN55 1PT, DN55 1PT",
            "W1A 0AX, W1A 0AX",
            "EC1A 1BB, EC1A 1BB",
            "SW1A2AA, SW1A 2AA" })
    void validPostcodesAreCanonicalised(String text, String canonical) {
        assertEquals(Optional.of(canonical), UkPostcode.canonical(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "PL6", "PL6 8D", "12345", "QL6 8DH", "PL6 8CH", "PL6 8DHX", "ABCDEFGH", "PL6-8DH" })
    void otherTextIsNotAPostcode(String text) {
        assertTrue(UkPostcode.canonical(text).isEmpty(), text);
    }
}
