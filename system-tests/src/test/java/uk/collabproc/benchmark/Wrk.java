package uk.collabproc.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the system's {@code wrk} against one URL and reads its report: the load benchmark (issue 12) measures the
 * services' hot reads and the bare Quarkus endpoint with the same client, settings and machine in one run, so that
 * only their ratio is read, never an absolute figure. {@code wrk} rather than a Java client because a client in the
 * benchmark's own JVM would compete with what it measures and add its own pauses to the latencies; it comes from
 * Debian's archive through {@code benchmark/install-tools.sh}.
 * <p>
 * Every run uses two threads and 64 connections ({@code wrk -t2 -c64 --latency}). The parser is separate
 * ({@link #parse}) and tested on its own (WrkTest), without the binary.
 */
public final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 64;

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("^Requests/sec:\\s+([0-9.]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "^\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX_3XX = Pattern.compile("^\\s*Non-2xx or 3xx responses: (\\d+)\\s*$", Pattern.MULTILINE);

    /**
     * What one run measured. {@code errors} counts both the socket errors (connect, read, write, timeout) and the
     * answers with a status of 400 or more ("Non-2xx or 3xx responses"): a run with errors measured something else
     * than intended and is not to be compared.
     */
    public record Figures(String label, double requestsPerSecond, double p50Millis, double p99Millis, long errors) {

        @Override
        public String toString() {
            return String.format("%-40s %10.0f req/s  p50 %8.2f ms  p99 %8.2f ms  errors %d", label, requestsPerSecond, p50Millis,
                    p99Millis, errors);
        }
    }

    private Wrk() {
    }

    /**
     * Loads {@code url} for {@code seconds} with {@code wrk -t2 -c64 --latency} and answers its figures.
     *
     * @param label names the run in the figures
     * @param bearerToken sent as {@code Authorization: Bearer <token>}; {@code null} sends no Authorization header
     * @param headers further request headers, each {@code "Name: value"}
     * @throws IllegalStateException when wrk is not on the PATH, fails, or reports nothing readable
     */
    public static Figures run(String label, String url, int seconds, String bearerToken, String... headers)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable().toString(),
                "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency"));
        if (bearerToken != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + bearerToken));
        }
        for (String header : headers) {
            command.addAll(List.of("-H", header));
        }
        command.add(url);
        Path report = Files.createTempFile("wrk-", ".txt");
        String output;
        int exit;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(report.toFile()).start();
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("wrk did not finish: " + label);
            }
            output = Files.readString(report, StandardCharsets.UTF_8);
            exit = process.exitValue();
        } finally {
            Files.deleteIfExists(report);
        }
        if (exit != 0) {
            throw new IllegalStateException("wrk failed (exit " + exit + ") for " + label + ":\n" + output);
        }
        return parse(label, output);
    }

    /** The wrk on the PATH. */
    static Path executable() {
        return find("wrk").orElseThrow(() -> new IllegalStateException(
                "wrk is not on the PATH; run benchmark/install-tools.sh (from the root of the repository) to install it"));
    }

    /**
     * Reads the report of {@code wrk --latency}: requests per second, the 50 % and 99 % lines of the latency distribution
     * (in us, ms, s, m or h, answered in milliseconds) and the errors.
     *
     * @throws IllegalStateException when a figure is missing (wrk without --latency, or a run that did not complete)
     */
    static Figures parse(String label, String output) {
        double requestsPerSecond = Double.parseDouble(required(REQUESTS_PER_SECOND, output, "Requests/sec").group(1));
        double p50 = percentile(output, "50");
        double p99 = percentile(output, "99");
        long errors = 0;
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        Matcher non2xx = NON_2XX_3XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        return new Figures(label, requestsPerSecond, p50, p99, errors);
    }

    /** A line of the latency distribution, such as {@code "     99%    1.11s "}, in milliseconds. */
    private static double percentile(String output, String percent) {
        int distribution = output.indexOf("Latency Distribution");
        if (distribution < 0) {
            throw new IllegalStateException("No latency distribution (was wrk run with --latency?):\n" + output);
        }
        Pattern line = Pattern.compile("^\\s+" + percent + "%\\s+([0-9.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
        Matcher matcher = required(line, output.substring(distribution), percent + "% latency");
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1_000;
            case "ms" -> value;
            case "s" -> value * 1_000;
            case "m" -> value * 60_000;
            case "h" -> value * 3_600_000;
            default -> throw new IllegalStateException("Unknown unit: " + matcher.group());
        };
    }

    private static Matcher required(Pattern pattern, String output, String what) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in wrk's report:\n" + output);
        }
        return matcher;
    }

    private static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
