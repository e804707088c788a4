package uk.collabproc.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service running as its own process, the way deploy/local/start.sh runs it: the local
 * profile, its embedded PostgreSQL keeping data in the working directory, a free HTTP port. Used by the
 * system tests and by provider verifications, which test the packaged service as its clients meet it.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final Path workDir;
    private final int port;
    private final List<String> properties = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final boolean production;
    private Process process;
    private long startedNanos;

    /** The service {@code name} as packaged in the suite's module of that name. */
    public ServiceProcess(String name, Path workDir) {
        this(name, suiteRoot().resolve(name).resolve("target/quarkus-app/quarkus-run.jar"), workDir);
    }

    public ServiceProcess(String name, Path jar, Path workDir) {
        this(name, jar, workDir, false);
    }

    private ServiceProcess(String name, Path jar, Path workDir, boolean production) {
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.workDir = workDir;
        this.production = production;
        this.port = freePort();
    }

    /**
     * The service {@code name} as built for production ({@code -Pprod}, into its module's target/prod/): no embedded
     * database, no development key, its own profile; configured, as production configures it, only through
     * {@link #withEnvironment environment variables}, its HTTP port included.
     */
    public static ServiceProcess production(String name, Path workDir) {
        return new ServiceProcess(name, suiteRoot().resolve(name).resolve("target/prod/quarkus-app/quarkus-run.jar"), workDir, true);
    }

    /**
     * The service packaged by the module the tests run in, in a working directory of its own that {@link #stopAndRemove()}
     * deletes: a provider verification's.
     */
    public static ServiceProcess ofThisModule(String name) throws IOException {
        return new ServiceProcess(name, Path.of("target/quarkus-app/quarkus-run.jar"), Files.createTempDirectory(name + "-"));
    }

    /**
     * The root of the checkout: given by the build; else the working directory when it is the root (a benchmark run with
     * {@code ./mvnw -pl … exec:java} from the root), or its parent (tests run in their module's directory).
     */
    public static Path suiteRoot() {
        String configured = System.getProperty("suite.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("test-support")) ? here : here.getParent();
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return workDir.resolve(name + ".log");
    }

    /**
     * The operating system's id of the running service's java process (not of its embedded PostgreSQL server): the
     * load benchmark reads its resident memory from {@code /proc/<pid>/status}.
     */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " not started");
        }
        return process.pid();
    }

    /** A configuration property for the service, e.g. where it finds another service; set before {@link #start()}. */
    public ServiceProcess withProperty(String key, String value) {
        properties.add("-D" + key + "=" + value);
        return this;
    }

    /** An environment variable for the service's process; set before {@link #start()}. */
    public ServiceProcess withEnvironment(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /**
     * The heap each packaged service gets, as deploy/local/start.sh gives it. Without a cap every JVM may grow its heap
     * to a quarter of the machine's memory, and G1 grows it rather than collect while the machine is busy: loading the
     * growth region left three services at 4 to 5 GiB each, mostly garbage (20 MiB live), their young collections at
     * half a second, and every read of the region at a standstill. The largest transaction, a migration plan of 120,000
     * milestones with their audit rows, fits well within it.
     * <p>
     * The heap starts at 64 MiB, what the JVM gives a container of 4 GiB, whose quarter is that maximum. Left to
     * itself it starts at a sixty-fourth of the host's memory (378 MiB on a 24 GiB machine), G1 sizes the young
     * generation from that, and a start's garbage (250 MiB: class bytes read from the jars, Hibernate's boot, the
     * OpenAPI document) lands in fresh pages: the memory a service held at rest told how large the host was and how
     * much its start allocated, not what it keeps. Measured side by side, 3 starts each: contract-service 271 → 251
     * MiB, bare-service 206 → 219 MiB.
     */
    public static final List<String> HEAP = List.of("-Xms64m", "-Xmx1g");

    /** The development private key in the checkout, as deploy/local/start.sh gives it to the local run. */
    private static final Path DEV_KEY = suiteRoot().resolve("test-support/src/main/resources/dev-keys/private-key.pem");

    public ServiceProcess start() throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Not packaged: " + jar + " (run ./mvnw verify from the root)");
        }
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(HEAP);
        if (!production) {
            command.addAll(List.of(
                    "-Dquarkus.profile=local",
                    "-Dquarkus.http.port=" + port,
                    // The pages' sign-in as a persona of the demo mints development tokens with the checkout's development key.
                    "-Dcollab.pages.dev-sign-in.key-location=file:" + DEV_KEY));
        }
        command.addAll(properties);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        if (production) {
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        }
        builder.environment().putAll(environment);
        startedNanos = System.nanoTime();
        process = builder.start();
        return this;
    }

    /** Waits until readiness answers UP; fails with the end of the log if the service dies or takes too long. */
    public void awaitReady(Duration timeout) throws Exception {
        awaitReady(timeout, Duration.ofMillis(250));
    }

    /**
     * The same, asking every {@code poll}; answers how long after the last {@link #start()} launched the process it first
     * answered ready (the load benchmark's start-up time, to the poll's resolution).
     */
    public Duration awaitReady(Duration timeout, Duration poll) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up:\n" + tail());
            }
            if (isReady()) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            Thread.sleep(poll.toMillis());
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + tail());
    }

    public boolean isReady() {
        return answersOk(baseUri() + "/q/health/ready");
    }

    /** Whether a health check at {@code url} answers 200 within 2 s; a server not listening yet has not. */
    public static boolean answersOk(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Kills the service with SIGKILL, as a node failure or the out-of-memory killer would: nothing of it runs on. */
    public void kill() throws InterruptedException {
        if (isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Stops the service as Ctrl-C would, so that it shuts its database down cleanly. */
    public void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Stops the service and deletes its working directory, database and log included. */
    public void stopAndRemove() throws InterruptedException, IOException {
        stop();
        deleteDirectory(workDir);
    }

    /** Deletes a directory the services worked in, with everything below it. */
    public static void deleteDirectory(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private String tail() throws IOException {
        return tail(log());
    }

    /** The last 40 lines of a server's log, for a failure to quote. */
    public static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * Below the kernel's range of ephemeral ports (32768-60999 here): a port the kernel handed out for port 0 is one it
     * may hand out next as the local end of an outgoing connection, and Keycloak, which opens its database connections
     * before it listens, once found its HTTP port taken that way ("Port already bound" in a clean-clone run).
     */
    private static final int LOWEST_PORT = 20_000;
    private static final int PORTS = 12_000;
    /** Handed out by this JVM, so that two servers a test starts never get the same one. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A port nobody listens on now, and none handed out before, for a server a test starts. */
    public static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = LOWEST_PORT + random.nextInt(PORTS);
            if (!HANDED_OUT.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Someone listens there: another.
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST_PORT + " and " + (LOWEST_PORT + PORTS));
    }
}
