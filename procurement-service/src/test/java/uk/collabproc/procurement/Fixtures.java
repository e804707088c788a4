package uk.collabproc.procurement;

import static io.restassured.RestAssured.given;

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
        String id = given().auth().oauth2(DevTokens.officer(lead)).contentType(ContentType.JSON)
                .body(Map.of("title", "Procurement " + reference, "reference", reference, "regime", "PCR_2015",
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
        return Map.of("siteCode", siteCode, "bandwidthMbps", bandwidthMbps, "resilience", "DUAL",
                "services", java.util.List.of("PACS", "PAS"), "neededBy", "2018-06-30");
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
        clock("2017-08-01T09:00:00Z");
        organisation(lead, "ACUTE_TRUST");
        organisation(member, "COMMUNITY_TRUST");
        String procurement = procurement(reference, lead, "2017-09-29T16:00:00Z");
        member(procurement, member);
        registerSite(member, site(reference + "-A", "PL6 8DH", true, true, "31000.00"));
        String requirement = draftRequirement(procurement, member, reference + "-A", 1000);
        submit(procurement, member, requirement);
        approve(procurement, requirement);
        given().auth().oauth2(officerOf(procurement)).contentType(ContentType.JSON)
                .body(TenderBody.tender().asMap())
                .put("/api/v1/procurements/" + procurement + "/tender").then().statusCode(201);
        clock("2017-10-02T09:00:00Z");
        given().auth().oauth2(officerOf(procurement)).post("/api/v1/procurements/" + procurement + "/publish").then().statusCode(200);
        return procurement;
    }

    /** Registers a site as an officer of the site's organisation; fails unless it is created. */
    public static void registerSite(String odsCode, Map<String, Object> site) {
        given().auth().oauth2(DevTokens.officer(odsCode)).contentType(ContentType.JSON).body(site)
                .post("/api/v1/organisations/" + odsCode + "/sites").then().statusCode(201);
    }
}
