package uk.collabproc.contract.testing;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;

import uk.collabproc.testsupport.DevTokens;

/**
 * Fixtures for award and contract tests: a procurement in evaluation with its migration scope in the stand-in
 * procurement-service, its ranking and winning bid in the stand-in supplier-service, and the service clock.
 */
public final class Awarding {

    public static final String OFFICER = DevTokens.officer("RK9");

    private Awarding() {
    }

    /** The ids a scenario uses. */
    public record Scenario(UUID procurementId, UUID winningBidId, UUID supplierId, UUID runnerUpBidId) {
    }

    /**
     * A PCR 2015 procurement in evaluation, five-year term, ranked MLL Telecom first (evaluated price 1,050,000)
     * and priced so that Plymouth (RK9) pays £23k a year and £8k one-off for sites that cost £31k a year.
     */
    public static Scenario rankedProcurement(String regime) {
        Scenario scenario = new Scenario(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        procurement(scenario.procurementId(), regime, "EVALUATION");
        stub("procurement-service", "/api/v1/procurements/" + scenario.procurementId() + "/sites", List.of(
                site("RK9-DERRIFORD", "RK9", "Derriford Hospital", true, true, 100, "20000.00", 1000),
                site("RK9-MOUNTGOULD", "RK9", "Mount Gould Hospital", false, false, 40, "11000.00", 400),
                site("RH8-EXETER", "RH8", "Royal Devon and Exeter", false, true, 10, "10000.00", 100)));
        stub("procurement-service", "/api/v1/organisations/RK9",
                Map.of("odsCode", "RK9", "name", "University Hospitals Plymouth NHS Trust", "type", "ACUTE_TRUST"));
        stub("procurement-service", "/api/v1/organisations/RH8",
                Map.of("odsCode", "RH8", "name", "Royal Devon and Exeter NHS Foundation Trust", "type", "ACUTE_TRUST"));
        ranking(scenario.procurementId(), List.of(
                entry(1, scenario.winningBidId(), scenario.supplierId(), "MLL Telecom Ltd", "84.10", "1050000.00", "QUALIFIED"),
                entry(2, scenario.runnerUpBidId(), UUID.randomUUID(), "Supplier B Ltd", "80.00", "1000000.00", "QUALIFIED"),
                entry(null, UUID.randomUUID(), UUID.randomUUID(), "Not A CN-SP Ltd", null, "900000.00", "DISQUALIFIED")));
        stub("supplier-service", "/api/v1/procurements/" + scenario.procurementId() + "/bids/" + scenario.winningBidId(), Map.of(
                "id", scenario.winningBidId().toString(), "supplierId", scenario.supplierId().toString(), "status", "ACTIVE",
                "prices", List.of(price("L-RK9-DERRIFORD", "5000.00", "15000.00"), price("L-RK9-MOUNTGOULD", "3000.00", "8000.00"),
                        price("L-RH8-EXETER", "0.00", "12000.00"))));
        return scenario;
    }

    /**
     * {@link #rankedProcurement} (PCR 2015) under a reference of its own, migrating Plymouth's two sites and one of
     * {@code member}'s, an organisation no other scenario has sites of.
     */
    public static Scenario rankedProcurement(String reference, String member) {
        Scenario scenario = rankedProcurement("PCR_2015");
        procurement(scenario.procurementId(), "PCR_2015", "EVALUATION", reference);
        stub("procurement-service", "/api/v1/procurements/" + scenario.procurementId() + "/sites", List.of(
                site("RK9-DERRIFORD", "RK9", "Derriford Hospital", true, true, 100, "20000.00", 1000),
                site("RK9-MOUNTGOULD", "RK9", "Mount Gould Hospital", false, false, 40, "11000.00", 400),
                site(member + "-MAIN", member, "Main site of " + member, false, true, 10, "10000.00", 100)));
        return scenario;
    }

    /** Awards the scenario on 4 December 2017 and concludes its contract on the 20th; answers the contract's id. */
    public static String concludedContract(Scenario scenario) {
        clock("2017-12-05T10:00:00Z");
        String award = award(scenario.procurementId(), "2017-12-04");
        clock("2017-12-18T09:00:00Z");
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("signedDate", "2017-12-20"))
                .post("/api/v1/awards/" + award + "/contract").then().statusCode(201).extract().path("id");
    }

    public static void procurement(UUID procurementId, String regime, String status) {
        procurement(procurementId, regime, status, "UHP-2017-HSCN-01");
    }

    private static void procurement(UUID procurementId, String regime, String status, String reference) {
        stub("procurement-service", "/api/v1/procurements/" + procurementId, procurementBody(procurementId, regime, status, reference));
        stub("procurement-service", "/api/v1/procurements/" + procurementId + "/award-decision",
                procurementBody(procurementId, regime, "AWARDED", reference));
        stub("procurement-service", "/api/v1/procurements/" + procurementId + "/contract-conclusion",
                procurementBody(procurementId, regime, "CONTRACTED", reference));
    }

    private static Map<String, Object> procurementBody(UUID procurementId, String regime, String status, String reference) {
        Map<String, Object> body = new HashMap<>(Map.of("id", procurementId.toString(), "title", "Devon HSCN connectivity", "reference",
                reference, "regime", regime, "contractTermMonths", 60, "status", status, "leadOrganisation", "RK9", "coLeads",
                List.of("RA9"), "members", List.of("RK9", "RH8", "RA9")));
        body.putAll(Map.of("createdAt", "2017-08-01T09:00:00Z", "requirementsDeadline", "2017-09-29T16:00:00Z", "publishedAt",
                "2017-10-02T09:00:00Z", "tenderDeadline", "2017-11-06T12:00:00Z"));
        return body;
    }

    /** Every call the stand-in service received, "METHOD path" each. */
    public static List<String> requests(String service) {
        return List.of(given().get(url(service) + "/fake/requests").then().statusCode(200).extract().asString().split("\n"));
    }

    public static void ranking(UUID procurementId, List<Map<String, Object>> entries) {
        stub("supplier-service", "/api/v1/procurements/" + procurementId + "/ranking", entries);
    }

    public static Map<String, Object> entry(Integer rank, UUID bidId, UUID supplierId, String name, String total, String price,
            String status) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("rank", rank);
        entry.put("bidId", bidId.toString());
        entry.put("supplierId", supplierId.toString());
        entry.put("supplierName", name);
        entry.put("totalScore", total == null ? null : new BigDecimal(total));
        entry.put("evaluatedPrice", new BigDecimal(price));
        entry.put("status", status);
        entry.put("reasons", new ArrayList<>());
        entry.put("abnormallyLow", false);
        return entry;
    }

    public static void outage(String service) {
        given().post(url(service) + "/fake/outage").then().statusCode(204);
    }

    public static void recovery(String service) {
        given().post(url(service) + "/fake/recovery").then().statusCode(204);
    }

    /** Every answer of the stand-in waits this long, as a hung neighbour's would, until {@link #unhang}. */
    public static void hang(String service, long millis) {
        given().body(String.valueOf(millis)).put(url(service) + "/fake/hang").then().statusCode(204);
    }

    public static void unhang(String service) {
        given().post(url(service) + "/fake/unhang").then().statusCode(204);
    }

    /** The Authorization header of the stand-in's last call to {@code path}. */
    public static String authorization(String service, String path) {
        return given().get(url(service) + "/fake/authorization" + path).then().statusCode(200).extract().asString();
    }

    /** A header of the stand-in's last call to {@code path}; empty if it had none. */
    public static String header(String service, String name, String path) {
        return given().get(url(service) + "/fake/header/" + name + path).then().statusCode(200).extract().asString();
    }

    /** Makes the stand-in answer 404 for {@code path}, as for something it does not have. */
    public static void forget(String service, String path) {
        given().delete(url(service) + "/fake" + path).then().statusCode(204);
    }

    public static String lastAuthorization(String service) {
        return given().get(url(service) + "/fake/last-authorization").then().statusCode(200).extract().asString();
    }

    public static void clock(String instant) {
        given().contentType(ContentType.JSON).body(Map.of("now", instant)).put("/api/dev/clock").then().statusCode(200);
    }

    /** Awards the procurement as the officer; answers the award id. */
    public static String award(UUID procurementId, String decisionDate) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("procurementId", procurementId.toString(), "decisionDate", decisionDate))
                .post("/api/v1/awards").then().statusCode(201).extract().path("id");
    }

    /** A contract concluded on 20 December 2017 for {@link #rankedProcurement}'s three sites; answers its id. */
    public static String concludedContract() {
        clock("2017-12-05T10:00:00Z");
        String award = award(rankedProcurement("PCR_2015").procurementId(), "2017-12-04");
        clock("2017-12-18T09:00:00Z");
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("signedDate", "2017-12-20"))
                .post("/api/v1/awards/" + award + "/contract").then().statusCode(201).extract().path("id");
    }

    /**
     * {@link #concludedContract()}, planned on 1 March 2018 from 5 March with a change freeze over Easter, ready and baselined:
     * the contract's three sites each have their six milestones. Answers the contract's id.
     */
    public static String plannedContract(String projectManager) throws InterruptedException {
        String contract = concludedContract();
        clock("2018-03-01T09:00:00Z");
        String plan = "/api/v1/contracts/" + contract + "/migration-plan";
        given().auth().oauth2(projectManager).contentType(ContentType.JSON)
                .body(Map.of("startDate", "2018-03-05", "weeklyCutoverCapacity", 2, "blackouts",
                        List.of(Map.of("from", "2018-04-16", "to", "2018-04-29"))))
                .put(plan).then().statusCode(202);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!"READY".equals(given().auth().oauth2(projectManager).get(plan).then().statusCode(200).extract().path("status"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The plan was not READY within 30 s");
            }
            Thread.sleep(200);
        }
        given().auth().oauth2(projectManager).contentType(ContentType.JSON).body(Map.of("name", "Contract baseline"))
                .post("/api/v1/contracts/" + contract + "/baselines").then().statusCode(201);
        return contract;
    }

    private static void stub(String service, String path, Object body) {
        given().contentType(ContentType.JSON).body(body).put(url(service) + "/fake" + path).then().statusCode(204);
    }

    private static Map<String, Object> site(String code, String ods, String name, boolean critical, boolean core, int legacyMbps,
            String legacyCost, int mbps) {
        return Map.of("siteCode", code, "odsCode", ods, "name", name, "postcode", "PL6 8DH", "critical", critical, "core", core,
                "lineId", "L-" + code, "legacy",
                Map.of("product", "N3", "bandwidthMbps", legacyMbps, "annualCost", new BigDecimal(legacyCost)),
                "requirement", Map.of("bandwidthMbps", mbps, "resilience", "DUAL", "services", List.of("PACS"), "neededBy", "2018-06-30"));
    }

    private static Map<String, Object> price(String lineId, String oneOff, String annual) {
        return Map.of("lineId", lineId, "oneOff", new BigDecimal(oneOff), "annual", new BigDecimal(annual));
    }

    private static String url(String service) {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client." + service + ".url", String.class);
    }
}
