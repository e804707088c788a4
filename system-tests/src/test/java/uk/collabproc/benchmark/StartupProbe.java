package uk.collabproc.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import uk.collabproc.testsupport.ServiceProcess;

/**
 * Measures how long a packaged service takes to start and how much memory it holds once started: the load benchmark
 * (issue 12) sets these beside the same figures of bare-service, a bare Quarkus application with the same persistence
 * extensions, measured in the same run on the same machine.
 * <p>
 * The service is started {@code 1 + measuredStarts} times in one working directory that keeps its data: the first
 * start creates the database and runs every migration, which only a first installation pays, so it is discarded.
 * Each measured start runs from launching the JVM ({@link ServiceProcess#awaitReady(Duration, Duration)}) to the first 200 from
 * {@code /q/health/ready}, polled every 20 ms; its memory is the resident set (VmRSS) of the service's java process,
 * read from {@code /proc/<pid>/status} two seconds after it became ready. The embedded PostgreSQL server runs in
 * processes of its own and is not counted. Medians are answered, so one slow start does not decide. Linux only.
 */
public final class StartupProbe {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    /** Medians of the measured starts. */
    public record Figures(String label, int starts, double startupMillis, double rssMebibytes) {

        @Override
        public String toString() {
            return String.format("%-40s start-up %8.0f ms  RSS %7.1f MiB  (median of %d)", label, startupMillis, rssMebibytes,
                    starts);
        }
    }

    private StartupProbe() {
    }

    /**
     * Starts {@code service} once unmeasured and then {@code measuredStarts} times, stopping it after each, and
     * answers the medians. The service must not be running; it is stopped when this returns or throws. Its working
     * directory is left as it is (with its data and log): the caller removes it.
     */
    public static Figures measure(ServiceProcess service, int measuredStarts) throws Exception {
        if (measuredStarts < 1) {
            throw new IllegalArgumentException("At least one measured start: " + measuredStarts);
        }
        List<Double> startups = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        try {
            startAndStop(service, false, startups, rss);
            for (int i = 0; i < measuredStarts; i++) {
                startAndStop(service, true, startups, rss);
            }
        } finally {
            service.stop();
        }
        return new Figures(service.name(), measuredStarts, median(startups), median(rss));
    }

    private static void startAndStop(ServiceProcess service, boolean measured, List<Double> startups, List<Double> rss)
            throws Exception {
        service.start();
        try {
            Duration startup = service.awaitReady(READY_TIMEOUT, POLL);
            Thread.sleep(SETTLE.toMillis());
            double rssMebibytes = residentMebibytes(service.pid());
            if (measured) {
                startups.add(startup.toNanos() / 1e6);
                rss.add(rssMebibytes);
            }
        } finally {
            service.stop();
        }
    }

    /** VmRSS of a process, from {@code /proc/<pid>/status} (given there in kB, that is KiB). */
    static double residentMebibytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                return Long.parseLong(parts[0]) / 1024.0;
            }
        }
        throw new IllegalStateException("No VmRSS in /proc/" + pid + "/status (has the process ended?)");
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
