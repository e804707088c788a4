package uk.collabproc.benchmark;

import static uk.collabproc.system.Http.get;
import static uk.collabproc.system.Http.post;
import static uk.collabproc.system.Http.put;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.ServiceProcess;

/**
 * Ranks 50 bids × 30 criteria × 5 evaluators × 2,000 pricing lines through the public APIs of the packaged
 * procurement-service and supplier-service, and prints how long each phase and the ranking take. A benchmark,
 * not a test: it asserts nothing about time. Run it after {@code ./mvnw verify} (or {@code install -DskipTests}):
 * <pre>./mvnw -pl system-tests exec:java -Dexec.mainClass=uk.collabproc.benchmark.RankingBenchmark -Dexec.classpathScope=test</pre>
 * The local suite must not be running (the packaged services use fixed database ports).
 */
public final class RankingBenchmark {

    private static final int SITES = 2_000;
    private static final int RANKING_RUNS = 10;
    private static final String LEAD = "RK9";
    private static final String MEMBER = "RBZ";
    private static final String OFFICER = DevTokens.officer(LEAD);
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    private RankingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("ranking-benchmark");
        ServiceProcess procurement = new ServiceProcess("procurement-service", work.resolve("procurement"));
        ServiceProcess supplier = new ServiceProcess("supplier-service", work.resolve("supplier"));
        try {
            procurement.start();
            supplier.withProperty("quarkus.rest-client.procurement-service.url", procurement.baseUri()).start();
            procurement.awaitReady(Duration.ofMinutes(2));
            supplier.awaitReady(Duration.ofMinutes(2));
            run(procurement.baseUri(), supplier.baseUri());
        } finally {
            POOL.shutdownNow();
            supplier.stop();
            procurement.stop();
            ServiceProcess.deleteDirectory(work);
        }
    }

    private static void run(String procurementService, String supplierService) throws Exception {
        Competition competition = new Competition(procurementService, supplierService, OFFICER, POOL);
        long start = System.nanoTime();
        String procurement = gatherRequirements(procurementService);
        clock(procurementService, "2017-10-02T09:00:00Z");
        List<String> lines = competition.publish(procurement);
        BulkLoad.report("tender with " + lines.size() + " pricing lines published (procurement-service)", start);

        start = System.nanoTime();
        clock(supplierService, "2017-10-10T09:00:00Z");
        List<String> bidIds = competition.bid(procurement, lines, "Supplier", 90_000_000);
        BulkLoad.report(Competition.BIDS + " bids of " + SITES + " lines submitted", start);

        start = System.nanoTime();
        List<String> evaluators = competition.assignEvaluators(procurement);
        clock(supplierService, "2017-11-07T09:00:00Z");
        int scores = competition.score(procurement, bidIds, evaluators, false);
        BulkLoad.report(scores + " individual scores, one request each", start);

        start = System.nanoTime();
        BulkLoad.report(competition.moderate(procurement, bidIds) + " moderated scores", start);

        String ranking = supplierService + "/api/v1/procurements/" + procurement + "/ranking";
        JsonNode first = get(ranking, OFFICER).expect(200).json();
        get(ranking, OFFICER).expect(200);
        long[] millis = new long[RANKING_RUNS];
        for (int run = 0; run < RANKING_RUNS; run++) {
            long t = System.nanoTime();
            get(ranking, OFFICER).expect(200);
            millis[run] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%nRANKING of %d bids × %d criteria × %d evaluators × %d lines, GET /ranking over %d runs after 2 warm-ups:"
                + "%n  min %d ms, median %d ms, max %d ms%n", Competition.BIDS, Competition.QUALITY_CRITERIA + 1, Competition.EVALUATORS,
                SITES, RANKING_RUNS,
                millis[0], millis[RANKING_RUNS / 2], millis[RANKING_RUNS - 1]);
        System.out.printf("  rank 1: %s, total %s; statuses: %s qualified%n", first.get(0).get("supplierName").asText(),
                first.get(0).get("totalScore").asText(), count(first, "QUALIFIED"));

        long t = System.nanoTime();
        int size = get(supplierService + "/api/v1/procurements/" + procurement + "/evaluation", OFFICER).expect(200).body().length();
        System.out.printf("  GET /evaluation (the matrix, %d KB): %d ms%n", size / 1024, (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        get(supplierService + "/api/v1/procurements/" + procurement + "/sensitivity", OFFICER).expect(200);
        System.out.printf("  GET /sensitivity: %d ms%n", (System.nanoTime() - t) / 1_000_000);
    }

    /** A procurement of one member's 2,000 sites, each with an approved requirement. */
    private static String gatherRequirements(String service) throws Exception {
        clock(service, "2017-08-01T09:00:00Z");
        post(service + "/api/v1/organisations", OFFICER,
                Map.of("odsCode", LEAD, "name", "University Hospitals Plymouth", "type", "ACUTE_TRUST"));
        post(service + "/api/v1/organisations", OFFICER,
                Map.of("odsCode", MEMBER, "name", "Livewell Southwest", "type", "COMMUNITY_TRUST"));
        String procurement = post(service + "/api/v1/procurements", OFFICER, Map.of("title", "Benchmark region", "reference",
                "BENCH-" + System.currentTimeMillis(), "regime", "PCR_2015", "leadOrganisation", LEAD,
                "requirementsDeadline", "2017-09-29T16:00:00Z", "contractTermMonths", 60)).expect(201).json().get("id").asText();
        put(service + "/api/v1/procurements/" + procurement + "/members/" + MEMBER, OFFICER, null);
        List<BulkLoad.Site> sites = IntStream.range(0, SITES)
                .mapToObj(i -> new BulkLoad.Site(String.format("BENCH-%04d", i), "Site " + i, "PL6 8DH", false, false, 10, "3100.00"))
                .toList();
        BulkLoad.importSites(service, OFFICER, MEMBER, sites);
        String member = DevTokens.member(MEMBER);
        String requirements = service + "/api/v1/procurements/" + procurement + "/requirements";
        BulkLoad.parallel(POOL, SITES, i -> {
            BulkLoad.approveRequirement(requirements, OFFICER,
                    BulkLoad.submitRequirement(requirements, member, sites.get(i).requirement("2018-06-30")));
            return i;
        });
        return procurement;
    }

    private static long count(JsonNode ranking, String status) {
        long n = 0;
        for (JsonNode entry : ranking) {
            n += status.equals(entry.get("status").asText()) ? 1 : 0;
        }
        return n;
    }

    private static void clock(String service, String instant) {
        put(service + "/api/dev/clock", null, Map.of("now", instant)).expect(200);
    }
}
