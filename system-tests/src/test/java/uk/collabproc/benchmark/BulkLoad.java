package uk.collabproc.benchmark;

import static uk.collabproc.system.Http.post;
import static uk.collabproc.system.Http.put;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import uk.collabproc.system.Http;

/**
 * The steps that the benchmarks' large cases take many times over, through the public APIs: sites imported by CSV,
 * requirements submitted and approved, suppliers registered, a tender saved and published; and the tasks run
 * side by side on a small pool, with each phase's duration printed.
 */
final class BulkLoad {

    static final String SITE_CSV_HEADER = "siteCode,name,postcode,critical,core,legacyProduct,legacyBandwidthMbps,legacyAnnualCost\n";

    private BulkLoad() {
    }

    /** A site as the import file carries it, on a legacy N3 connection. */
    record Site(String code, String name, String postcode, boolean critical, boolean core, int legacyMbps, String legacyAnnualCost) {

        /** What a member asks for at the site: ten times the legacy bandwidth, diverse routes for a critical site. */
        Map<String, Object> requirement(String neededBy) {
            return Map.of("siteCode", code, "bandwidthMbps", legacyMbps * 10, "resilience", critical ? "DUAL_DIVERSE" : "SINGLE",
                    "services", List.of("PACS", "PAS"), "neededBy", neededBy);
        }
    }

    /** Registers the organisation's sites in one CSV request, as the officer of a procurement it is a member of. */
    static void importSites(String procurementService, String officer, String odsCode, List<Site> sites) {
        StringBuilder csv = new StringBuilder(SITE_CSV_HEADER);
        for (Site site : sites) {
            csv.append(String.join(",", site.code(), site.name(), site.postcode(), String.valueOf(site.critical()),
                    String.valueOf(site.core()), "N3", String.valueOf(site.legacyMbps()), site.legacyAnnualCost())).append('\n');
        }
        Http.send("POST", procurementService + "/api/v1/organisations/" + odsCode + "/sites", officer, csv.toString(), "text/csv")
                .expect(201);
    }

    /** The member records its requirement for the site and submits it; answers the requirement's id. */
    static String submitRequirement(String requirements, String member, Map<String, Object> requirement) {
        String id = post(requirements, member, requirement).expect(201).json().get("id").asText();
        post(requirements + "/" + id + "/submit", member, null).expect(200);
        return id;
    }

    static void approveRequirement(String requirements, String officer, String id) {
        post(requirements + "/" + id + "/approve", officer, null).expect(200);
    }

    /** Registers a CN-SP supplier; answers its id. */
    static String registerSupplier(String supplierService, String officer, String name, String companyNumber) {
        return post(supplierService + "/api/v1/suppliers", officer,
                Map.of("name", name, "companyNumber", companyNumber, "cnSpCompliant", true))
                .expect(201).json().get("id").asText();
    }

    /** Saves the tender and publishes it at once; answers the line ids of the published pricing schedule. */
    static List<String> publishTender(String procurementService, String officer, String procurement, Map<String, Object> tender) {
        String url = procurementService + "/api/v1/procurements/" + procurement;
        put(url + "/tender", officer, tender).expect(201);
        JsonNode published = post(url + "/publish", officer, null).expect(200).json();
        List<String> lines = new ArrayList<>();
        published.get("pricingSchedule").forEach(line -> lines.add(line.get("lineId").asText()));
        return lines;
    }

    /** Runs {@code task} for 0 … count − 1 on the pool; answers the results in that order, or the first failure. */
    static <T> List<T> parallel(ExecutorService pool, int count, IntFunction<T> task) throws Exception {
        List<Future<T>> futures = IntStream.range(0, count).mapToObj(i -> pool.submit(() -> task.apply(i))).toList();
        List<T> results = new ArrayList<>(count);
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    /** Prints the phase with the time since {@code startNanos}; answers that time. */
    static Duration report(String phase, long startNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        System.out.printf("%-60s %6d ms%n", phase, took.toMillis());
        return took;
    }
}
