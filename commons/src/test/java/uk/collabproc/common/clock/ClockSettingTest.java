package uk.collabproc.common.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.collabproc.common.Constraints.violatedProperties;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClockSettingTest {

    @Test
    void aSettingNamesTheInstant() {
        assertEquals(List.of(), violatedProperties(new ClockSetting(Instant.parse("2017-10-02T09:00:00Z"))));
    }

    @Test
    void aSettingWithoutAnInstantIsRefusedOnNow() {
        assertEquals(List.of("now"), violatedProperties(new ClockSetting(null)));
    }
}
