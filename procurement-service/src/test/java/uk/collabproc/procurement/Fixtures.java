package uk.collabproc.procurement;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.TenderBody;

/** Test data created through the public API, the way a client would create it. */
public final class Fixtures {

    /** An officer of RK9: organisations are a shared registry, which any officer may add to. */
    public static final String OFFICER = DevTokens.officer("RK9");

    /** The lead partner of each procurement these fixtures started, so that its own officer runs it. */
    private static final Map<String, String> LEADS = new java.util.concurrent.ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** A token of an officer of the procurement's lead partner. */
    public static String officerOf(String procurementId) {
        return DevTokens.officer(LEADS.get(procurementId));
    }

    /** Registers the organisation unless it exists already. */
    public static void organisation(String odsCode, String type) {
        int status = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("odsCode", odsCode, "name", "Organisation " + odsCode, "type", type))
                .post("/api/v1/organisations").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not register " + odsCode + ": " + status);
        }
    }

    public static Map<String, Object> site(String siteCode, String postcode, boolean critical, boolean core, String annualCost) {
        return Map.of("siteCode", siteCode, "name", "Site " + siteCode, "postcode", postcode, "critical", critical,
                "core", core, "legacy", Map.of("product", "N3 Ethernet", "bandwidthMbps", 10, "annualCost", annualCost));
    }

    /** Moves the service's business time. */
    public static void clock(String instant) {
        given().contentType(ContentType.JSON).body(Map.of("now", instant)).put("/api/dev/clock").then().statusCode(200);
    }

    /** Starts a PCR 2015 procurement led by {@code lead}; answers its id. */
    public static String procurement(String reference, String lead, String requirementsDeadline) {
        return procurement(reference, lead, requirementsDeadline, "PCR_2015");
    }

    public static String procurement(String reference, String lead, String requirementsDeadline, String regime) {
        String id = given().auth().oauth2(DevTokens.officer(lead)).contentType(ContentType.JSON)
                .body(Map.of("title", "Procurement " + reference, "reference", reference, "regime", regime,
                        "leadOrganisation", lead, "requirementsDeadline", requirementsDeadline, "contractTermMonths", 60))
                .post("/api/v1/procurements").then().statusCode(201).extract().path("id");
        LEADS.put(id, lead);
        return id;
    }

    public static void member(String procurementId, String odsCode) {
        given().auth().oauth2(officerOf(procurementId)).put("/api/v1/procurements/" + procurementId + "/members/" + odsCode)
                .then().statusCode(org.hamcrest.Matchers.oneOf(201, 204));
    }

    public static Map<String, Object> requirement(String siteCode, int bandwidthMbps) {
        return requirement(siteCode, bandwidthMbps, "2018-06-30");
    }

    public static Map<String, Object> requirement(String siteCode, int bandwidthMbps, String neededBy) {
        return Map.of("siteCode", siteCode, "bandwidthMbps", bandwidthMbps, "resilience", "DUAL",
                "services", java.util.List.of("PACS", "PAS"), "neededBy", neededBy);
    }

    /** Records a requirement as a member of {@code odsCode}; answers its id. */
    public static String draftRequirement(String procurementId, String odsCode, String siteCode, int bandwidthMbps) {
        return given().auth().oauth2(DevTokens.member(odsCode)).contentType(ContentType.JSON)
                .body(requirement(siteCode, bandwidthMbps))
                .post("/api/v1/procurements/" + procurementId + "/requirements")
                .then().statusCode(201).extract().path("id");
    }

    public static void submit(String procurementId, String odsCode, String requirementId) {
        given().auth().oauth2(DevTokens.member(odsCode))
                .post("/api/v1/procurements/" + procurementId + "/requirements/" + requirementId + "/submit")
                .then().statusCode(200);
    }

    public static void approve(String procurementId, String requirementId) {
        given().auth().oauth2(officerOf(procurementId))
                .post("/api/v1/procurements/" + procurementId + "/requirements/" + requirementId + "/approve")
                .then().statusCode(200);
    }

    /**
     * A procurement published on 2 October 2017 (clarifications until 20 October, tenders due 6 November), with
     * one approved requirement of {@code member} for a new site {@code reference-A}. Leaves the clock at publication.
     */
    public static String publishedProcurement(String reference, String lead, String member) {
        String procurement = readyToPublish(reference, lead, member, TenderBody.tender());
        given().auth().oauth2(officerOf(procurement)).post("/api/v1/procurements/" + procurement + "/publish").then().statusCode(200);
        return procurement;
    }

    /** As {@link #publishedProcurement}, with {@code tender} saved but not yet published; the clock at publication day. */
    public static String readyToPublish(String reference, String lead, String member, TenderBody tender) {
        clock("2017-08-01T09:00:00Z");
        String procurement = withApprovedRequirement(reference, lead, member, "PCR_2015", "2017-09-29T16:00:00Z", "2018-06-30");
        given().auth().oauth2(officerOf(procurement)).contentType(ContentType.JSON)
                .body(tender.asMap())
                .put("/api/v1/procurements/" + procurement + "/tender").then().statusCode(201);
        clock("2017-10-02T09:00:00Z");
        return procurement;
    }

    /**
     * A procurement under the Procurement Act 2023 published on 1 April 2025 (clarifications until 17 April, tenders
     * due 6 May), with one approved requirement of {@code member}. Leaves the clock at publication.
     */
    public static String publishedUnderTheAct(String reference, String lead, String member) {
        clock("2025-03-03T09:00:00Z");
        String procurement = withApprovedRequirement(reference, lead, member, "PA_2023", "2025-03-28T16:00:00Z", "2026-06-30");
        given().auth().oauth2(officerOf(procurement)).contentType(ContentType.JSON)
                .body(TenderBody.tender().withDeadlines("2025-04-17T12:00:00Z", "2025-05-06T12:00:00Z").asMap())
                .put("/api/v1/procurements/" + procurement + "/tender").then().statusCode(201);
        clock("2025-04-01T09:00:00Z");
        given().auth().oauth2(officerOf(procurement)).post("/api/v1/procurements/" + procurement + "/publish").then().statusCode(200);
        return procurement;
    }

    /** The two lots of {@link #publishedInTwoLots}: lot 1 the sites of {@code acute}, lot 2 those of {@code practice}, weighed 30/70. */
    public static List<Map<String, Object>> twoLots(String acute, String practice) {
        return List.of(
                Map.of("number", "1", "title", "Acute and community trust sites", "description", "Connectivity for the trusts' sites",
                        "estimatedValue", new java.math.BigDecimal("900000.00"), "organisations", List.of(acute)),
                Map.of("number", "2", "title", "GP practices and hospices", "estimatedValue", new java.math.BigDecimal("550000.00"),
                        "weights", Map.of("Q1", 30, "PRICE", 70), "organisations", List.of(practice)));
    }

    /**
     * A procurement under the Procurement Act 2023 divided into the two lots of {@link #twoLots}, published on 1 April 2025
     * (tenders due 6 May): {@code acute} has approved requirements for sites {@code reference-A1} and {@code reference-A2},
     * {@code practice} for {@code reference-P1}. Leaves the clock at publication.
     */
    public static String publishedInTwoLots(String reference, String lead, String acute, String practice) {
        return publishedInTwoLots(reference, lead, acute, practice, twoLots(acute, practice));
    }

    /** As {@link #publishedInTwoLots(String, String, String, String)}, divided into {@code lots}. */
    public static String publishedInTwoLots(String reference, String lead, String acute, String practice, List<Map<String, Object>> lots) {
        clock("2025-03-03T09:00:00Z");
        organisation(lead, "ACUTE_TRUST");
        organisation(acute, "ACUTE_TRUST");
        organisation(practice, "GP_PRACTICE");
        String procurement = procurement(reference, lead, "2025-03-28T16:00:00Z", "PA_2023");
        member(procurement, acute);
        member(procurement, practice);
        approvedRequirement(procurement, acute, reference + "-A1");
        approvedRequirement(procurement, acute, reference + "-A2");
        approvedRequirement(procurement, practice, reference + "-P1");
        given().auth().oauth2(officerOf(procurement)).contentType(ContentType.JSON)
                .body(TenderBody.tender().withDeadlines("2025-04-17T12:00:00Z", "2025-05-06T12:00:00Z")
                        .with("lots", lots).asMap())
                .put("/api/v1/procurements/" + procurement + "/tender").then().statusCode(201);
        clock("2025-04-01T09:00:00Z");
        given().auth().oauth2(officerOf(procurement)).post("/api/v1/procurements/" + procurement + "/publish").then().statusCode(200);
        return procurement;
    }

    /** A new site of {@code odsCode} with a requirement for it, submitted and approved. */
    public static String approvedRequirement(String procurement, String odsCode, String siteCode) {
        registerSite(odsCode, site(siteCode, "PL6 8DH", false, false, "12000.00"));
        String requirement = given().auth().oauth2(DevTokens.member(odsCode)).contentType(ContentType.JSON)
                .body(requirement(siteCode, 100, "2026-06-30")).post("/api/v1/procurements/" + procurement + "/requirements")
                .then().statusCode(201).extract().path("id");
        submit(procurement, odsCode, requirement);
        approve(procurement, requirement);
        return requirement;
    }

    /** {@link #awardDecision} of one lot. */
    public static Map<String, Object> awardDecision(Object awardId, String decisionDate, String standstillEndsAt, String lot,
            String supplierId) {
        Map<String, Object> decision = new java.util.HashMap<>(awardDecision(awardId, decisionDate, standstillEndsAt));
        decision.put("lot", lot);
        decision.put("supplierId", supplierId);
        return decision;
    }

    /** {@link #contractConclusion} of one lot. */
    public static Map<String, Object> contractConclusion(Object awardId, Object contractId, String signedDate, String lot) {
        Map<String, Object> conclusion = new java.util.HashMap<>(contractConclusion(awardId, contractId, signedDate));
        conclusion.put("lot", lot);
        return conclusion;
    }

    private static String withApprovedRequirement(String reference, String lead, String member, String regime,
            String requirementsDeadline, String neededBy) {
        organisation(lead, "ACUTE_TRUST");
        organisation(member, "COMMUNITY_TRUST");
        String procurement = procurement(reference, lead, requirementsDeadline, regime);
        member(procurement, member);
        registerSite(member, site(reference + "-A", "PL6 8DH", true, true, "31000.00"));
        String requirement = given().auth().oauth2(DevTokens.member(member)).contentType(ContentType.JSON)
                .body(requirement(reference + "-A", 1000, neededBy)).post("/api/v1/procurements/" + procurement + "/requirements")
                .then().statusCode(201).extract().path("id");
        submit(procurement, member, requirement);
        approve(procurement, requirement);
        return procurement;
    }

    /** What contract-service tells of an award decision: the award, its dates and what its award notice states. */
    public static Map<String, Object> awardDecision(Object awardId, String decisionDate, String standstillEndsAt) {
        return Map.of("awardId", awardId.toString(), "decisionDate", decisionDate, "standstillEndsAt", standstillEndsAt,
                "supplierId", SUPPLIER_ID, "supplierName", "MLL Telecom Ltd", "value", new java.math.BigDecimal("299675.00"));
    }

    /** What contract-service tells of a concluded contract, signed on {@code signedDate} for five years. */
    public static Map<String, Object> contractConclusion(Object awardId, Object contractId, String signedDate) {
        java.time.LocalDate signed = java.time.LocalDate.parse(signedDate);
        return Map.of("awardId", awardId.toString(), "contractId", contractId.toString(), "supplierId", SUPPLIER_ID,
                "supplierName", "MLL Telecom Ltd", "signedDate", signedDate, "startDate", signedDate,
                "endDate", signed.plusYears(5).minusDays(1).toString(), "value", new java.math.BigDecimal("299675.00"));
    }

    public static final String SUPPLIER_ID = "5d0c1c57-2f7a-4d4e-9a55-6b1f0e6f4c21";

    /** Registers a site as an officer of the site's organisation; fails unless it is created. */
    public static void registerSite(String odsCode, Map<String, Object> site) {
        given().auth().oauth2(DevTokens.officer(odsCode)).contentType(ContentType.JSON).body(site)
                .post("/api/v1/organisations/" + odsCode + "/sites").then().statusCode(201);
    }
}
