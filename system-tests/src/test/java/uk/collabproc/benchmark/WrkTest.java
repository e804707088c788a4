package uk.collabproc.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Reads reports as wrk 4.1 (Debian's) prints them with {@code --latency}; needs no wrk binary, so it runs in every
 * build. A misread unit would make the benchmark's comparison wrong by a factor of a thousand without failing it.
 */
class WrkTest {

    /** A clean run: latencies in microseconds and milliseconds, no error lines. */
    private static final String CLEAN = """
            Running 10s test @ http://localhost:41213/bare/items
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     2.31ms    3.02ms  48.71ms   91.12%
                Req/Sec    16.34k     2.11k   21.03k    71.50%
              Latency Distribution
                 50%  812.00us
                 75%    2.41ms
                 90%    5.37ms
                 99%   14.86ms
              325321 requests in 10.02s, 88.34MB read
            Requests/sec:  32467.21
            Transfer/sec:      8.82MB
            """;

    /** An overloaded run: socket errors, error answers, and latencies in milliseconds and seconds. */
    private static final String WITH_ERRORS = """
            Running 10s test @ http://localhost:41871/api/v1/procurements
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   121.32ms  255.26ms   1.94s    87.87%
                Req/Sec     1.14k     0.94k    4.17k    78.95%
              Latency Distribution
                 50%   17.48ms
                 75%   50.68ms
                 90%  492.07ms
                 99%    1.11s\s
              22503 requests in 10.08s, 7.13MB read
              Socket errors: connect 0, read 37, write 2, timeout 112
              Non-2xx or 3xx responses: 419
            Requests/sec:   2232.45
            Transfer/sec:    724.31KB
            """;

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
}
