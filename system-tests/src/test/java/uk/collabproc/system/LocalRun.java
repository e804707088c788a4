package uk.collabproc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import uk.collabproc.testsupport.ServiceProcess;

/**
 * deploy/local/start.sh run as a person runs it, with its data in a directory of the test's ($COLLAB_LOCAL_DIR). Each
 * run is a session of its own, as in a terminal, so that {@link #pressCtrlC()} sends SIGINT to the script and to
 * everything it started, as a terminal's Ctrl-C does.
 */
final class LocalRun {

    /** The suite's ports: each service's HTTP port, then its embedded PostgreSQL server's. */
    static final Map<String, List<Integer>> PORTS = Map.of("procurement-service", List.of(8081, 15481), "supplier-service",
            List.of(8082, 15482), "contract-service", List.of(8083, 15483));

    private static final AtomicInteger RUNS = new AtomicInteger();

    /** What a run that ended said, and how it ended. */
    record Ended(int exitCode, String output) {
    }

    private final Path script;
    private final Path dataDir;
    private final Path output;
    private Process process;

    private LocalRun(Path root, Path dataDir) {
        this.script = root.resolve("deploy/local/start.sh");
        this.dataDir = dataDir;
        this.output = dataDir.getParent().resolve(dataDir.getFileName() + "-start-" + RUNS.incrementAndGet() + ".out");
    }

    /** A run of the checkout's start.sh keeping its data in {@code dataDir}. */
    static LocalRun of(Path dataDir) {
        return new LocalRun(ServiceProcess.suiteRoot(), dataDir);
    }

    /** A run of the start.sh copied into {@code root}, a stand-in checkout. */
    static LocalRun inCheckout(Path root, Path dataDir) {
        return new LocalRun(root, dataDir);
    }

    LocalRun start(String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("setsid", "bash", script.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().put("COLLAB_LOCAL_DIR", dataDir.toString());
        builder.environment().put("COLLAB_READY_TIMEOUT", String.valueOf(PackagedSuite.READY_WITHIN.toSeconds()));
        // The services run on the JDK the tests run on.
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        process = builder.start();
        return this;
    }

    /** Runs start.sh to its end, as for an answer that refuses to start. */
    Ended runToTheEnd(String... options) throws Exception {
        start(options);
        return awaitEnd(Duration.ofSeconds(60));
    }

    /** Waits until start.sh says the three services are ready; fails with what it said if it ends first. */
    void awaitReady() throws Exception {
        long deadline = System.nanoTime() + PackagedSuite.READY_WITHIN.plusSeconds(30).toNanos();
        while (!output().contains("All three services are ready")) {
            if (!process.isAlive()) {
                throw new AssertionError("start.sh ended (" + process.exitValue() + ") before the suite was ready:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("start.sh did not make the suite ready:\n" + output());
            }
            Thread.sleep(250);
        }
    }

    /** SIGINT to the script's session, as Ctrl-C in its terminal. */
    void pressCtrlC() throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start();
        assertEquals(0, kill.waitFor(), "start.sh leads its own process group");
    }

    /** The java process of one of the services this run started. */
    ProcessHandle service(String name) {
        return process.descendants()
                .filter(child -> child.info().commandLine().orElse("").contains(name + "/target/quarkus-app/quarkus-run.jar"))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not running"));
    }

    Ended awaitEnd(Duration within) throws Exception {
        assertTrue(process.waitFor(within.toSeconds(), TimeUnit.SECONDS), "start.sh has ended:\n" + output());
        return new Ended(process.exitValue(), output());
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM to the script alone: what a process manager or {@code kill} sends. */
    void terminate() {
        process.destroy();
    }

    String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The local addresses of the sockets listening on {@code port}, as the kernel lists them (/proc/net/tcp and tcp6,
     * hexadecimal: 0100007F is 127.0.0.1).
     */
    static List<String> listening(int port) throws IOException {
        String suffix = String.format(":%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] fields = line.trim().split("\\s+");
                // "0A" is LISTEN.
                if (fields[1].endsWith(suffix) && fields[3].equals("0A")) {
                    addresses.add(fields[1].substring(0, fields[1].length() - suffix.length()));
                }
            }
        }
        return addresses;
    }

    /** 127.0.0.0/8, ::1 or ::ffff:127.x.y.z, as /proc/net/tcp* write them. */
    static boolean isLoopback(String address) {
        return address.length() == 8 && address.endsWith("7F")
                || address.equals("00000000000000000000000001000000")
                || address.length() == 32 && address.startsWith("0000000000000000FFFF0000") && address.endsWith("7F");
    }
}
