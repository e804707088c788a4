package uk.collabproc.benchmark;

import static uk.collabproc.system.Http.get;
import static uk.collabproc.system.Http.post;
import static uk.collabproc.system.Http.put;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import uk.collabproc.system.Http;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.ServiceProcess;
import uk.collabproc.testsupport.bodies.BidBody;
import uk.collabproc.testsupport.bodies.TenderBody;

/**
 * Ranks 50 bids × 30 criteria × 5 evaluators × 2,000 pricing lines through the public APIs of the packaged
 * procurement-service and supplier-service, and prints how long each phase and the ranking take. A benchmark,
 * not a test: it asserts nothing about time. Run it after {@code ./mvnw verify} (or {@code install -DskipTests}):
 * <pre>./mvnw -pl system-tests exec:java -Dexec.mainClass=uk.collabproc.benchmark.RankingBenchmark -Dexec.classpathScope=test</pre>
 * The local suite must not be running (the packaged services use fixed database ports).
 */
public final class RankingBenchmark {

    private static final int SITES = 2_000;
    private static final int BIDS = 50;
    private static final int QUALITY_CRITERIA = 29;
    private static final int EVALUATORS = 5;
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
        long start = System.nanoTime();
        String procurement = publishTender(procurementService);
        report("tender with " + SITES + " pricing lines published (procurement-service)", start);

        start = System.nanoTime();
        clock(supplierService, "2017-10-10T09:00:00Z");
        List<String> suppliers = parallel(BIDS, i -> post(supplierService + "/api/v1/suppliers", OFFICER,
                Map.of("name", "Supplier " + i, "companyNumber", String.format("%08d", 90_000_000 + i), "cnSpCompliant", true))
                .expect(201).json().get("id").asText());
        String bids = supplierService + "/api/v1/procurements/" + procurement + "/bids";
        List<String> bidIds = parallel(BIDS,
                i -> post(bids, DevTokens.supplier(suppliers.get(i)), bid(i)).expect(201).json().get("id").asText());
        report(BIDS + " bids of " + SITES + " lines submitted", start);

        start = System.nanoTime();
        List<String> evaluators = IntStream.range(0, EVALUATORS).mapToObj(i -> "evaluator-" + i).toList();
        for (String evaluator : evaluators) {
            post(supplierService + "/api/v1/procurements/" + procurement + "/evaluators", OFFICER,
                    Map.of("evaluatorId", evaluator, "name", evaluator)).expect(201);
            put(supplierService + "/api/v1/procurements/" + procurement + "/evaluators/" + evaluator + "/declaration",
                    DevTokens.evaluator(evaluator), Map.of("conflictedSupplierIds", List.of(), "statement", "None")).expect(200);
        }
        clock(supplierService, "2017-11-07T09:00:00Z");
        int perEvaluator = BIDS * QUALITY_CRITERIA;
        parallel(EVALUATORS * perEvaluator, n -> {
            int evaluator = n / perEvaluator;
            int bid = n % perEvaluator / QUALITY_CRITERIA;
            int criterion = n % QUALITY_CRITERIA;
            return put(bids + "/" + bidIds.get(bid) + "/scores/" + code(criterion), DevTokens.evaluator(evaluators.get(evaluator)),
                    Map.of("score", (bid + criterion + evaluator) % 6, "rationale", "Scored against the published guidance")).expect(200)
                    .status();
        });
        report(EVALUATORS * perEvaluator + " individual scores", start);

        start = System.nanoTime();
        parallel(perEvaluator, n -> put(bids + "/" + bidIds.get(n / QUALITY_CRITERIA) + "/moderated-scores/" + code(n % QUALITY_CRITERIA),
                OFFICER, Map.of("score", (n / QUALITY_CRITERIA + n % QUALITY_CRITERIA) % 6, "rationale", "Moderated")).expect(200)
                .status());
        report(perEvaluator + " moderated scores", start);

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
                + "%n  min %d ms, median %d ms, max %d ms%n", BIDS, QUALITY_CRITERIA + 1, EVALUATORS, SITES, RANKING_RUNS,
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

    /** A procurement of one member's 2,000 sites, each with an approved requirement, and a 30-criterion tender. */
    private static String publishTender(String service) throws Exception {
        clock(service, "2017-08-01T09:00:00Z");
        post(service + "/api/v1/organisations", OFFICER,
                Map.of("odsCode", LEAD, "name", "University Hospitals Plymouth", "type", "ACUTE_TRUST"));
        post(service + "/api/v1/organisations", OFFICER,
                Map.of("odsCode", MEMBER, "name", "Livewell Southwest", "type", "COMMUNITY_TRUST"));
        String procurement = post(service + "/api/v1/procurements", OFFICER, Map.of("title", "Benchmark region", "reference",
                "BENCH-" + System.currentTimeMillis(), "regime", "PCR_2015", "leadOrganisation", LEAD,
                "requirementsDeadline", "2017-09-29T16:00:00Z", "contractTermMonths", 60)).expect(201).json().get("id").asText();
        put(service + "/api/v1/procurements/" + procurement + "/members/" + MEMBER, OFFICER, null);
        StringBuilder csv = new StringBuilder("siteCode,name,postcode,critical,core,legacyProduct,legacyBandwidthMbps,legacyAnnualCost\n");
        for (int i = 0; i < SITES; i++) {
            csv.append(site(i)).append(",Site ").append(i).append(",PL6 8DH,false,false,N3,10,3100.00\n");
        }
        Http.send("POST", service + "/api/v1/organisations/" + MEMBER + "/sites", OFFICER, csv.toString(), "text/csv").expect(201);
        String member = DevTokens.member(MEMBER);
        String requirements = service + "/api/v1/procurements/" + procurement + "/requirements";
        parallel(SITES, i -> {
            String id = post(requirements, member, Map.of("siteCode", site(i), "bandwidthMbps", 100, "resilience", "SINGLE",
                    "services", List.of("PAS"), "neededBy", "2018-06-30")).expect(201).json().get("id").asText();
            post(requirements + "/" + id + "/submit", member, null).expect(200);
            return post(requirements + "/" + id + "/approve", OFFICER, null).expect(200).status();
        });
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (int c = 0; c < QUALITY_CRITERIA; c++) {
            criteria.add(TenderBody.criterion(code(c), "Quality " + c, "QUALITY", 2));
        }
        criteria.add(TenderBody.criterion("PRICE", "Evaluated price", "PRICE", 100 - 2 * QUALITY_CRITERIA));
        put(service + "/api/v1/procurements/" + procurement + "/tender", OFFICER, TenderBody.tender().withCriteria(criteria).asMap())
                .expect(201);
        clock(service, "2017-10-02T09:00:00Z");
        post(service + "/api/v1/procurements/" + procurement + "/publish", OFFICER, null).expect(200);
        return procurement;
    }

    private static Map<String, Object> bid(int bidder) {
        Random random = new Random(bidder);
        List<Map<String, Object>> prices = new ArrayList<>(SITES);
        for (int i = 0; i < SITES; i++) {
            prices.add(Map.of("lineId", "L-" + site(i), "oneOff", BigDecimal.valueOf(50_000 + random.nextInt(100_000), 2),
                    "annual", BigDecimal.valueOf(1_500_000 + random.nextInt(1_000_000), 2)));
        }
        List<Map<String, Object>> answers = IntStream.range(0, QUALITY_CRITERIA)
                .mapToObj(c -> BidBody.answer(code(c), "Our approach to criterion " + c)).toList();
        return BidBody.bid().withPrices(prices).withAnswers(answers).withDeclarations(List.of()).asMap();
    }

    private static String site(int i) {
        return String.format("BENCH-%04d", i);
    }

    private static String code(int criterion) {
        return String.format("Q%02d", criterion + 1);
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

    private static <T> List<T> parallel(int count, IntFunction<T> task) throws Exception {
        List<Future<T>> futures = IntStream.range(0, count).mapToObj(i -> POOL.submit(() -> task.apply(i))).toList();
        List<T> results = new ArrayList<>(count);
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static void report(String phase, long startNanos) {
        System.out.printf("%-60s %6d ms%n", phase, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
