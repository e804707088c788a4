package uk.collabproc.contract.testing;

import static io.restassured.RestAssured.given;
import static uk.collabproc.contract.testing.Awarding.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Fixtures for the tests of lots, with the stand-ins of {@link FakeServices}: the Devon procurement divided into lot 1 (acute and
 * community trust sites: Plymouth's two and Exeter's one) and lot 2 (GP practices: two surgeries), in evaluation. MLL
 * Telecom bid on both lots and ranks first on lot 1; Westcountry Networks bid on lot 2 alone and ranks first there, MLL
 * second.
 */
public final class Lots {

    public static final List<String> LOT_1_SITES = List.of("RH8-EXETER", "RK9-DERRIFORD", "RK9-MOUNTGOULD");
    public static final List<String> LOT_2_SITES = List.of("L83001-BEAUMONT", "L83002-PLYMPTON");

    private Lots() {
    }

    /** The ids a divided scenario uses: each lot's winning bid and supplier. */
    public record Divided(UUID procurementId, UUID mllBidId, UUID mllId, UUID westcountryBidId, UUID westcountryId) {
    }

    /**
     * The procurement divided into two lots, both NOT_AWARDED. MLL's bid prices every line of both lots (lot 1: £8k one-off
     * and £35k a year, evaluated at £183,000 over five years); Westcountry's only lot 2's (£1.6k and £3.7k a year, £20,100).
     */
    public static Divided dividedProcurement() {
        Divided divided = new Divided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID id = divided.procurementId();
        procurement(id, "NOT_AWARDED", "NOT_AWARDED");
        stub("procurement-service", "/api/v1/procurements/" + id + "/sites", List.of(
                site("RK9-DERRIFORD", "RK9", "Derriford Hospital", true, 100, "20000.00", 1000, "1"),
                site("L83001-BEAUMONT", "L83001", "Beaumont Villa Surgery", false, 10, "2500.00", 100, "2"),
                site("RK9-MOUNTGOULD", "RK9", "Mount Gould Hospital", false, 40, "11000.00", 400, "1"),
                site("L83002-PLYMPTON", "L83002", "Plympton Health Centre", false, 10, "2600.00", 100, "2"),
                site("RH8-EXETER", "RH8", "Royal Devon and Exeter", false, 10, "10000.00", 100, "1")));
        stub("supplier-service", "/api/v1/procurements/" + id + "/ranking?lot=1", List.of(
                entry(1, divided.mllBidId(), divided.mllId(), "MLL Telecom Ltd", "84.10", "183000.00", "QUALIFIED"),
                entry(2, UUID.randomUUID(), UUID.randomUUID(), "Supplier B Ltd", "80.00", "190000.00", "QUALIFIED")));
        stub("supplier-service", "/api/v1/procurements/" + id + "/ranking?lot=2", List.of(
                entry(1, divided.westcountryBidId(), divided.westcountryId(), "Westcountry Networks Ltd", "88.00", "20100.00",
                        "QUALIFIED"),
                entry(2, divided.mllBidId(), divided.mllId(), "MLL Telecom Ltd", "81.00", "24500.00", "QUALIFIED")));
        stub("supplier-service", "/api/v1/procurements/" + id + "/bids/" + divided.mllBidId(), Map.of(
                "id", divided.mllBidId().toString(), "supplierId", divided.mllId().toString(), "status", "ACTIVE", "lots",
                List.of("1", "2"),
                "prices", List.of(price("L-RK9-DERRIFORD", "5000.00", "15000.00"), price("L-RK9-MOUNTGOULD", "3000.00", "8000.00"),
                        price("L-RH8-EXETER", "0.00", "12000.00"), price("L-L83001-BEAUMONT", "1000.00", "2000.00"),
                        price("L-L83002-PLYMPTON", "1000.00", "2500.00"))));
        stub("supplier-service", "/api/v1/procurements/" + id + "/bids/" + divided.westcountryBidId(), Map.of(
                "id", divided.westcountryBidId().toString(), "supplierId", divided.westcountryId().toString(), "status", "ACTIVE",
                "lots", List.of("2"),
                "prices", List.of(price("L-L83001-BEAUMONT", "800.00", "1800.00"), price("L-L83002-PLYMPTON", "800.00", "1900.00"))));
        return divided;
    }

    /** The divided procurement in evaluation as procurement-service shows it, each lot with the status given. */
    public static void procurement(UUID id, String lot1, String lot2) {
        List<Map<String, Object>> lots = List.of(lot("1", "Acute and community trust sites", lot1),
                lot("2", "GP practices and hospices", lot2));
        stub("procurement-service", "/api/v1/procurements/" + id, body(id, "EVALUATION", lots));
        stub("procurement-service", "/api/v1/procurements/" + id + "/award-decision", body(id, "EVALUATION", lots));
        stub("procurement-service", "/api/v1/procurements/" + id + "/contract-conclusion", body(id, "EVALUATION", lots));
    }

    /** A procurement not divided into lots (procurement-service shows {@code "lots": []}), ranked as a whole. */
    public static UUID undividedProcurement() {
        UUID id = UUID.randomUUID();
        stub("procurement-service", "/api/v1/procurements/" + id, body(id, "EVALUATION", List.of()));
        stub("procurement-service", "/api/v1/procurements/" + id + "/award-decision", body(id, "AWARDED", List.of()));
        stub("supplier-service", "/api/v1/procurements/" + id + "/ranking", List.of(
                entry(1, UUID.randomUUID(), UUID.randomUUID(), "MLL Telecom Ltd", "84.10", "1050000.00", "QUALIFIED")));
        return id;
    }

    /** The officer's award request for {@code lot} (none when null). */
    public static ValidatableResponse award(UUID procurementId, String lot, String decisionDate) {
        Map<String, Object> request = new HashMap<>(Map.of("procurementId", procurementId.toString(), "decisionDate", decisionDate));
        if (lot != null) {
            request.put("lot", lot);
        }
        return given().auth().oauth2(Awarding.OFFICER).contentType(ContentType.JSON).body(request).post("/api/v1/awards").then();
    }

    public static ValidatableResponse conclude(String awardId, String signedDate) {
        return given().auth().oauth2(Awarding.OFFICER).contentType(ContentType.JSON).body(Map.of("signedDate", signedDate))
                .post("/api/v1/awards/" + awardId + "/contract").then();
    }

    /** The bodies the stand-in {@code service} received at {@code path}, oldest first. */
    public static List<Map<String, Object>> told(String service, String path) {
        return JsonPath.from(given().get(url(service) + "/fake/bodies" + path).then().statusCode(200).extract().asString()).getList("");
    }

    private static Map<String, Object> lot(String number, String title, String status) {
        Map<String, Object> lot = new HashMap<>(Map.of("number", number, "title", title, "status", status));
        lot.put("award", null);
        lot.put("contractId", null);
        return lot;
    }

    private static Map<String, Object> body(UUID id, String status, List<Map<String, Object>> lots) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id.toString(), "title", "Devon HSCN connectivity", "reference",
                "UHP-2017-HSCN-01", "regime", "PCR_2015", "contractTermMonths", 60, "status", status, "leadOrganisation", "RK9", "coLeads",
                List.of("RA9"), "members", List.of("RK9", "RH8", "RA9", "L83001", "L83002")));
        body.put("lots", new ArrayList<>(lots));
        return body;
    }

    private static Map<String, Object> site(String code, String ods, String name, boolean critical, int legacyMbps, String legacyCost,
            int mbps, String lot) {
        return Map.of("siteCode", code, "odsCode", ods, "name", name, "postcode", "PL6 8DH", "critical", critical, "core", critical,
                "lineId", "L-" + code, "lot", lot, "legacy",
                Map.of("product", "N3", "bandwidthMbps", legacyMbps, "annualCost", new BigDecimal(legacyCost)),
                "requirement", Map.of("bandwidthMbps", mbps, "resilience", "DUAL", "services", List.of("PACS"), "neededBy", "2018-06-30"));
    }

    private static Map<String, Object> price(String lineId, String oneOff, String annual) {
        return Map.of("lineId", lineId, "oneOff", new BigDecimal(oneOff), "annual", new BigDecimal(annual));
    }

    private static void stub(String service, String path, Object body) {
        given().contentType(ContentType.JSON).body(body).put(url(service) + "/fake" + path).then().statusCode(204);
    }

    private static String url(String service) {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client." + service + ".url", String.class);
    }
}
