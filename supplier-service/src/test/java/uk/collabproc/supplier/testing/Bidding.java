package uk.collabproc.supplier.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.BidBody;

/**
 * Test fixtures for bidding and evaluation: a published tender in the stand-in procurement-service, the service
 * clock, suppliers, bids, evaluators and scores.
 */
public final class Bidding {

    public static final String OFFICER = DevTokens.officer("RK9");
    public static final String DEADLINE = "2017-11-06T12:00:00Z";
    public static final String BEFORE_DEADLINE = "2017-10-20T09:00:00Z";
    public static final String AFTER_DEADLINE = "2017-11-07T09:00:00Z";
    public static final List<String> QUALITY = BidBody.QUALITY;
    private static final AtomicInteger COMPANY_NUMBERS = new AtomicInteger(70000000);

    private Bidding() {
    }

    /** The worked example's tender: Q1 30, Q2 20, Q3 10, price 40, one PASS_FAIL, 5-year term, lines L-A and L-B. */
    public static Map<String, Object> tender(UUID procurementId) {
        Map<String, Object> tender = new HashMap<>();
        tender.put("procurementId", procurementId.toString());
        tender.put("leadOrganisation", "RK9");
        tender.put("coLeads", List.of());
        tender.put("regime", "PCR_2015");
        tender.put("contractTermMonths", 60);
        tender.put("criteria", List.of(
                criterion("Q1", "Service design", "QUALITY", 30),
                criterion("Q2", "Resilience", "QUALITY", 20),
                criterion("Q3", "Migration approach", "QUALITY", 10),
                criterion("PRICE", "Price", "PRICE", 40),
                criterion("PF1", "HSCN compliance", "PASS_FAIL", null)));
        tender.put("scaleMax", 5);
        tender.put("priceFormula", "LOWEST_PRICE_RATIO");
        tender.put("qualityThresholdPercent", 0);
        tender.put("abnormallyLowPercent", 20);
        tender.put("discrepancyPoints", 2);
        tender.put("tieBreak", List.of("HIGHER_QUALITY", "LOWER_PRICE"));
        tender.put("tenderDeadline", DEADLINE);
        tender.put("pricingSchedule", List.of(line("L-A", "SITE-A", "RK9"), line("L-B", "SITE-B", "RK9")));
        tender.put("published", true);
        tender.put("anUnknownField", "procurement-service may add fields; supplier-service ignores them");
        return tender;
    }

    /**
     * The worked example's tender divided into two lots: lot 1 (lines L-A and L-B) under the tender's weights, lot 2 (line
     * L-C) under weights of its own, Q1 20, Q2 10, Q3 10, price 60.
     */
    public static Map<String, Object> dividedTender(UUID procurementId) {
        Map<String, Object> tender = tender(procurementId);
        tender.put("pricingSchedule", List.of(line("L-A", "SITE-A", "RK9", "1"), line("L-B", "SITE-B", "RH8", "1"),
                line("L-C", "SITE-C", "Y00001", "2")));
        Map<String, Object> first = new HashMap<>(Map.of("number", "1", "title", "Acute and community trust sites", "description",
                "Trust sites", "estimatedValue", 900000.00, "organisations", List.of("RK9", "RH8"), "siteCodes", List.of()));
        first.put("weights", null);
        Map<String, Object> second = Map.of("number", "2", "title", "GP practices and hospices", "description", "Practices",
                "estimatedValue", 150000.00, "weights", Map.of("Q1", 20, "Q2", 10, "Q3", 10, "PRICE", 60),
                "organisations", List.of("Y00001"), "siteCodes", List.of());
        tender.put("lots", List.of(first, second));
        return tender;
    }

    /** Publishes a divided tender ({@link #dividedTender}) for a new procurement and answers its id. */
    public static UUID publishedDividedTender() {
        UUID procurementId = UUID.randomUUID();
        publish(dividedTender(procurementId));
        return procurementId;
    }

    /** A complete bid for the lots named, pricing the given lines. */
    public static Map<String, Object> bidOnLots(List<String> lots, List<Map<String, Object>> prices) {
        Map<String, Object> bid = bid(prices);
        bid.put("lots", lots);
        return bid;
    }

    /**
     * The procurement of a divided tender in the stand-in, in EVALUATION until every lot is awarded, with each lot's status:
     * AWARDED and CONTRACTED name the lot's award, as procurement-service does.
     */
    public static void lotStatuses(UUID procurementId, String... statuses) {
        List<Map<String, Object>> lots = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            Map<String, Object> lot = new HashMap<>(
                    Map.of("number", String.valueOf(i + 1), "title", "Lot " + (i + 1), "status", statuses[i]));
            lot.put("award", "NOT_AWARDED".equals(statuses[i]) ? null
                    : Map.of("awardId", UUID.randomUUID().toString(), "decisionDate", "2017-12-04", "standstillEndsAt",
                            "2017-12-15T00:00:00Z"));
            lot.put("contractId", null);
            lots.add(lot);
        }
        boolean allAwarded = List.of(statuses).stream().noneMatch("NOT_AWARDED"::equals);
        Map<String, Object> procurement = new HashMap<>(Map.of("id", procurementId.toString(), "title", "Devon HSCN", "reference",
                "DEV-HSCN", "regime", "PCR_2015", "status", allAwarded ? "AWARDED" : "EVALUATION", "lots", lots));
        procurementAnswer(procurementId, procurement);
    }

    /** Publishes a worked-example tender for a new procurement and answers its id. */
    public static UUID publishedTender() {
        UUID procurementId = UUID.randomUUID();
        publish(tender(procurementId));
        return procurementId;
    }

    public static void publish(Map<String, Object> tender) {
        String id = (String) tender.get("procurementId");
        given().contentType(ContentType.JSON).body(tender).put(fake() + "/fake/api/v1/procurements/" + id + "/tender").then()
                .statusCode(204);
        procurementStatus(UUID.fromString(id), "TENDER_OPEN");
    }

    /** The procurement's status in the stand-in; AWARDED and CONTRACTED name the award, as procurement-service does. */
    public static void procurementStatus(UUID procurementId, String status) {
        Map<String, Object> procurement = new HashMap<>(
                Map.of("id", procurementId.toString(), "title", "Devon HSCN", "reference", "DEV-HSCN",
                        "regime", "PCR_2015", "status", status));
        if ("AWARDED".equals(status) || "CONTRACTED".equals(status)) {
            procurement.put("award", Map.of("awardId", UUID.randomUUID().toString(), "decisionDate", "2017-12-04",
                    "standstillEndsAt", "2017-12-15T00:00:00Z"));
        }
        procurementAnswer(procurementId, procurement);
    }

    /** What the stand-in procurement-service answers for the procurement. */
    public static void procurementAnswer(UUID procurementId, Map<String, Object> procurement) {
        given().contentType(ContentType.JSON).body(procurement)
                .put(fake() + "/fake/api/v1/procurements/" + procurementId).then().statusCode(204);
    }

    public static void procurementServiceDown() {
        given().post(fake() + "/fake/outage").then().statusCode(204);
    }

    public static void procurementServiceUp() {
        given().post(fake() + "/fake/recovery").then().statusCode(204);
    }

    public static String lastAuthorizationSeenByProcurementService() {
        return given().get(fake() + "/fake/last-authorization").then().statusCode(200).extract().asString();
    }

    /** A header of the last call the stand-in procurement-service received on {@code path}; empty if it had none. */
    public static String headerSeenByProcurementService(String name, String path) {
        return given().get(fake() + "/fake/header/" + name + path).then().statusCode(200).extract().asString();
    }

    public static void clock(String instant) {
        given().contentType(ContentType.JSON).body(Map.of("now", instant)).put("/api/dev/clock").then().statusCode(200);
    }

    /** Registers a supplier with a fresh company number and answers its id. */
    public static UUID supplier(String name, boolean cnSp) {
        String id = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("name", name, "companyNumber", String.valueOf(COMPANY_NUMBERS.incrementAndGet()), "cnSpCompliant", cnSp))
                .post("/api/v1/suppliers").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static String supplierToken(UUID supplierId) {
        return DevTokens.supplier(supplierId.toString());
    }

    /** A complete bid: one-off and annual charges on L-A (L-B priced at zero), every criterion answered and declared met. */
    public static Map<String, Object> bid(String oneOff, String annual) {
        return bid(List.of(price("L-A", oneOff, annual), price("L-B", "0.00", "0.00")));
    }

    public static Map<String, Object> bid(List<Map<String, Object>> prices) {
        return BidBody.bid().withPrices(prices).asMap();
    }

    public static Map<String, Object> price(String lineId, String oneOff, String annual) {
        return BidBody.price(lineId, oneOff, annual);
    }

    /** Submits before the deadline (leaves the clock there) and answers the bid id. */
    public static UUID submit(UUID procurementId, UUID supplierId, Map<String, Object> bid) {
        clock(BEFORE_DEADLINE);
        String id = given().auth().oauth2(supplierToken(supplierId)).contentType(ContentType.JSON).body(bid)
                .post(bids(procurementId)).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static String bids(UUID procurementId) {
        return "/api/v1/procurements/" + procurementId + "/bids";
    }

    /** Assigns an evaluator, who then declares the given conflicts. */
    public static String evaluator(UUID procurementId, String subject, UUID... conflicts) {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("evaluatorId", subject, "name", "Evaluator " + subject))
                .post("/api/v1/procurements/" + procurementId + "/evaluators").then().statusCode(201);
        given().auth().oauth2(DevTokens.evaluator(subject)).contentType(ContentType.JSON)
                .body(Map.of("conflictedSupplierIds", List.of(conflicts), "statement", "Declared"))
                .put("/api/v1/procurements/" + procurementId + "/evaluators/" + subject + "/declaration").then().statusCode(200);
        return DevTokens.evaluator(subject);
    }

    /** Sets the moderated score of each QUALITY criterion in turn (Q1, Q2, Q3). */
    public static void moderate(UUID procurementId, UUID bidId, int... scores) {
        for (int i = 0; i < scores.length; i++) {
            given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                    .body(Map.of("score", scores[i], "rationale", "Moderated after discussion"))
                    .put("/api/v1/procurements/" + procurementId + "/bids/" + bidId + "/moderated-scores/" + QUALITY.get(i))
                    .then().statusCode(200);
        }
    }

    private static Map<String, Object> criterion(String code, String title, String kind, Integer weight) {
        Map<String, Object> criterion = new HashMap<>(Map.of("code", code, "title", title, "kind", kind));
        if (weight != null) {
            criterion.put("weight", weight);
        }
        return criterion;
    }

    private static Map<String, Object> line(String lineId, String siteCode, String odsCode) {
        return Map.of("lineId", lineId, "siteCode", siteCode, "odsCode", odsCode, "bandwidthMbps", 1000, "resilience", "DUAL");
    }

    private static Map<String, Object> line(String lineId, String siteCode, String odsCode, String lot) {
        Map<String, Object> line = new HashMap<>(line(lineId, siteCode, odsCode));
        line.put("lot", lot);
        return line;
    }

    private static String fake() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.procurement-service.url", String.class);
    }
}
