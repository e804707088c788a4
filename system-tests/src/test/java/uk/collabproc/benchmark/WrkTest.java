package uk.collabproc.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Reads reports as wrk 4.1 (Debian's) prints them with {@code --latency}; needs no wrk binary, so it runs in every
 * build. A misread unit would make the benchmark's comparison wrong by a factor of a thousand without failing it.
 */
class WrkTest {

    /** A clean run: latencies in microseconds and milliseconds, no error lines. */
    private static final String CLEAN = report("clean.txt");

    /** An overloaded run: socket errors, error answers, and latencies in milliseconds and seconds. */
    private static final String WITH_ERRORS = report("with-errors.txt");

    @Test
    void readsACleanRun() {
        Wrk.Figures figures = Wrk.parse("bare", CLEAN);

        assertEquals("bare", figures.label());
        assertEquals(32467.21, figures.requestsPerSecond(), 1e-9);
        assertEquals(0.812, figures.p50Millis(), 1e-9);
        assertEquals(14.86, figures.p99Millis(), 1e-9);
        assertEquals(0, figures.errors());
    }

    @Test
    void countsSocketErrorsAndErrorAnswersAndReadsSeconds() {
        Wrk.Figures figures = Wrk.parse("procurements", WITH_ERRORS);

        assertEquals(2232.45, figures.requestsPerSecond(), 1e-9);
        assertEquals(17.48, figures.p50Millis(), 1e-9);
        assertEquals(1110, figures.p99Millis(), 1e-9);
        assertEquals(37 + 2 + 112 + 419, figures.errors());
    }

    @Test
    void refusesAReportWithoutTheLatencyDistribution() {
        String withoutLatency = CLEAN.replaceAll("(?s)  Latency Distribution.*?(?=  325321)", "");

        assertThrows(IllegalStateException.class, () -> Wrk.parse("bare", withoutLatency));
    }

    @Test
    void refusesWhatIsNotAReport() {
        assertThrows(IllegalStateException.class, () -> Wrk.parse("bare", "unable to connect to localhost:1 Connection refused"));
    }

    /** A report wrk printed, kept as it was in src/test/resources/wrk/. */
    private static String report(String name) {
        try (InputStream in = WrkTest.class.getResourceAsStream("/wrk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
