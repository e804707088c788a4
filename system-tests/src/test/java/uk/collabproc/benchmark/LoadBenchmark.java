package uk.collabproc.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.collabproc.system.DevonCollaborative;
import uk.collabproc.system.DevonCollaborative.Replay;
import uk.collabproc.system.DevonCollaborative.Suite;
import uk.collabproc.system.Http;
import uk.collabproc.system.PackagedSuite;
import uk.collabproc.testsupport.ServiceProcess;

/**
 * The hot reads of the Devon Collaborative under 64 concurrent clients, each set beside a bare Quarkus endpoint
 * (bare-service: the same persistence and OIDC extensions, a constant list) measured just before it, so that both meet
 * the same machine; then the {@link GrowthRegion}, thirty times the Devon case, loaded beside it with its bulk writes
 * timed, and the same reads measured on it; then the start-up time and resident memory of each packaged service beside
 * bare-service's. A benchmark, not a test: it prints figures and asserts nothing. Run it with {@code benchmark/run.sh},
 * which builds what it needs and installs wrk; the local suite must not be running.
 */
public final class LoadBenchmark {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 12);
    /**
     * Long enough for the services' JIT: after 5 s a fresh service still compiled the read's path, and a read measured
     * first answered half of what it did once warm (ranking: 6,400 then 15,500 requests a second).
     */
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warm-up-seconds", 15);
    private static final int STARTS = Integer.getInteger("benchmark.starts", 3);
    private static final boolean GROWTH = Boolean.parseBoolean(System.getProperty("benchmark.growth", "true"));

    private LoadBenchmark() {
    }

    record Endpoint(String label, String url, String token) {
    }

    public static void main(String[] args) throws Exception {
        Path bareJar = ServiceProcess.suiteRoot().resolve("bare-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(bareJar)) {
            throw new IllegalStateException(
                    "bare-service is not built: run benchmark/run.sh, or ./mvnw -Pbenchmark -pl bare-service package");
        }
        Path work = Files.createTempDirectory("load-benchmark");
        ServiceProcess bare = new ServiceProcess("bare-service", bareJar, work.resolve("bare-service"));
        try (PackagedSuite packaged = PackagedSuite.start("load-benchmark")) {
            bare.start().awaitReady(PackagedSuite.READY_WITHIN);
            Suite suite = packaged.urls();
            String bareUrl = bare.baseUri() + "/bare/items";
            Map<String, Wrk.Figures> devon = measure("the Devon Collaborative", devon(suite), bareUrl);
            if (GROWTH) {
                GrowthRegion.Loaded region = GrowthRegion.load(suite);
                System.out.printf("%nBulk writes through the API while the growth region loaded%n");
                System.out.printf("%-60s %10s %12s%n", "write", "took ms", "goal");
                for (GrowthRegion.BulkWrite write : region.bulkWrites()) {
                    System.out.printf("%-60s %10d %12s%n", write.label(), write.took().toMillis(), write.goal());
                }
                Map<String, Wrk.Figures> grown = measure("the growth region (30 × Devon)", region.reads(), bareUrl);
                System.out.printf("%nThe growth region's reads beside the Devon Collaborative's (goal: within 2 ×)%n");
                System.out.printf("%-34s %14s %14s %12s %12s%n", "endpoint", "Devon req/s", "region req/s", "× req/s", "× p99");
                grown.forEach((label, figures) -> {
                    Wrk.Figures before = devon.get(label);
                    System.out.printf("%-34s %14.0f %14.0f %12.2f %12.2f%n", label, before.requestsPerSecond(),
                            figures.requestsPerSecond(), before.requestsPerSecond() / figures.requestsPerSecond(),
                            figures.p99Millis() / before.p99Millis());
                });
            }
        } finally {
            bare.stop();
        }

        if (STARTS > 0) {
            compareStartUps(bare, work);
        }
        ServiceProcess.deleteDirectory(work);
    }

    /** Start-up time and resident memory of each service beside bare-service's. */
    private static void compareStartUps(ServiceProcess bare, Path work) throws Exception {
        System.out.printf("%nStart-up with the data kept, alone on the machine (median of %d starts after one discarded)%n", STARTS);
        StartupProbe.Figures bareStart = StartupProbe.measure(bare, STARTS);
        System.out.printf("%-22s %12s %10s %12s %12s%n", "service", "start-up ms", "RSS MiB", "× start-up", "× RSS");
        printStart(bareStart, bareStart);
        // The suite's working directories are gone with it; a fresh one per service, data created by the first start.
        for (String name : List.of("procurement-service", "supplier-service", "contract-service")) {
            ServiceProcess service = new ServiceProcess(name, work.resolve("start-" + name));
            printStart(StartupProbe.measure(service, STARTS), bareStart);
        }
    }

    /**
     * Warms every read up, then measures each just after the bare endpoint and prints both; answers the reads'
     * figures by label.
     */
    private static Map<String, Wrk.Figures> measure(String data, List<Endpoint> endpoints, String bareUrl) throws Exception {
        System.out.println("Warming up (" + WARM_UP_SECONDS + " s each, not counted)...");
        Wrk.run("warm-up", bareUrl, WARM_UP_SECONDS, null);
        for (Endpoint endpoint : endpoints) {
            Wrk.run("warm-up", endpoint.url(), WARM_UP_SECONDS, endpoint.token());
        }
        System.out.printf("%nReads of %s: 64 connections, 2 threads, %d s each; bare endpoint measured just before each read%n", data,
                SECONDS);
        System.out.printf("%-34s %10s %9s %9s %7s %10s%n", "endpoint", "req/s", "p50 ms", "p99 ms", "errors", "vs bare");
        Map<String, Wrk.Figures> figures = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            Wrk.Figures reference = Wrk.run("bare " + endpoint.label(), bareUrl, SECONDS, null);
            Wrk.Figures measured = Wrk.run(endpoint.label(), endpoint.url(), SECONDS, endpoint.token());
            print(reference, reference);
            print(measured, reference);
            figures.put(endpoint.label(), measured);
        }
        return figures;
    }

    /** Replays the Devon Collaborative up to a contract with its solved migration plan; answers the reads to drive. */
    /** The replayed Devon Collaborative awarded, its contract concluded and its migration planned, clocks on 5 March 2018. */
    static String planned(Suite suite, Replay replay) throws InterruptedException {
        String contract = DevonCollaborative.awardAndContract(suite, replay.procurementId())[1];
        Http.put(suite.contract() + "/api/v1/contracts/" + contract + "/migration-plan", DevonCollaborative.PROJECT_MANAGER,
                DevonCollaborative.planParameters()).expect(202);
        String milestones = suite.contract() + "/api/v1/contracts/" + contract + "/milestones";
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (Http.get(milestones, DevonCollaborative.PROJECT_MANAGER).expect(200).json().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The migration plan was not solved within 3 minutes");
            }
            Thread.sleep(500);
        }
        DevonCollaborative.clocks(suite, "2018-03-05T09:00:00Z");
        return contract;
    }

    private static List<Endpoint> devon(Suite suite) throws InterruptedException {
        long started = System.nanoTime();
        Replay replay = DevonCollaborative.replay(suite);
        String contract = planned(suite, replay);
        System.out.printf("The Devon Collaborative loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        String milestones = suite.contract() + "/api/v1/contracts/" + contract + "/milestones";
        String procurement = "/api/v1/procurements/" + replay.procurementId();
        String officer = DevonCollaborative.OFFICER;
        String projectManager = DevonCollaborative.PROJECT_MANAGER;
        return List.of(
                new Endpoint("organisation (one row)", suite.procurement() + "/api/v1/organisations/RK9", officer),
                new Endpoint("demand", suite.procurement() + procurement + "/demand", officer),
                new Endpoint("ranking", suite.supplier() + procurement + "/ranking", officer),
                new Endpoint("evaluation", suite.supplier() + procurement + "/evaluation", officer),
                new Endpoint("sensitivity", suite.supplier() + procurement + "/sensitivity", officer),
                new Endpoint("milestones?size=50", milestones + "?size=50", projectManager),
                new Endpoint("progress", suite.contract() + "/api/v1/contracts/" + contract + "/progress", projectManager),
                new Endpoint("benefits", suite.contract() + "/api/v1/contracts/" + contract + "/benefits", officer));
    }

    private static void print(Wrk.Figures figures, Wrk.Figures bare) {
        System.out.printf("%-34s %10.0f %9.2f %9.2f %7d %9.0f%%%n", figures.label(), figures.requestsPerSecond(), figures.p50Millis(),
                figures.p99Millis(), figures.errors(), 100 * figures.requestsPerSecond() / bare.requestsPerSecond());
    }

    private static void printStart(StartupProbe.Figures figures, StartupProbe.Figures bare) {
        System.out.printf("%-22s %12.0f %10.0f %12.2f %12.2f%n", figures.label(), figures.startupMillis(), figures.rssMebibytes(),
                figures.startupMillis() / bare.startupMillis(), figures.rssMebibytes() / bare.rssMebibytes());
    }
}
