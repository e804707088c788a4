package uk.collabproc.procurement.demand;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.procurement.Fixtures;
import uk.collabproc.testsupport.DevTokens;

@QuarkusTest
class DemandAndScopeTest {

    private static final String OFFICER = DevTokens.officer("DML");

    @Test
    void aProcurementWithNothingSubmittedHasEveryMemberOnTheChaseList() {
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation("DML", "ACUTE_TRUST");
        String procurement = Fixtures.procurement("DM-EMPTY", "DML", "2017-09-29T16:00:00Z");
        given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + procurement + "/demand")
                .then().statusCode(200)
                .body("totals.bandwidthAfterMbps", equalTo(0))
                .body("totals.bandwidthRatio", org.hamcrest.Matchers.nullValue())
                .body("chaseList.odsCode", contains("DML"));
        given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + procurement + "/sites")
                .then().statusCode(200).header("X-Total-Count", "0");
    }

    /** Created once and only read by the tests that use it: its site codes can be registered only once. */
    private static String consolidated;

    /**
     * DML leads, DMA and DMB are members. DMA has three sites with a requirement each (one approved, one submitted, one
     * draft), DMB one site with a draft requirement; DML has none.
     */
    private static synchronized String consolidated() {
        if (consolidated != null) {
            return consolidated;
        }
        Fixtures.clock("2017-08-01T09:00:00Z");
        Fixtures.organisation("DML", "ACUTE_TRUST");
        Fixtures.organisation("DMA", "COMMUNITY_TRUST");
        Fixtures.organisation("DMB", "HOSPICE");
        String procurement = Fixtures.procurement("DM-2017", "DML", "2017-09-29T16:00:00Z");
        Fixtures.member(procurement, "DMA");
        Fixtures.member(procurement, "DMB");
        Fixtures.registerSite("DMA", Fixtures.site("DMA-1", "PL6 8DH", false, true, "18000.00"));
        Fixtures.registerSite("DMA", Fixtures.site("DMA-2", "PL4 7QD", false, false, "13000.00"));
        Fixtures.registerSite("DMA", Fixtures.site("DMA-3", "PL4 7QD", false, false, "500.00"));
        Fixtures.registerSite("DMB", Fixtures.site("DMB-1", "TQ2 7AA", false, false, "2500.00"));
        String one = Fixtures.draftRequirement(procurement, "DMA", "DMA-1", 100);
        String two = Fixtures.draftRequirement(procurement, "DMA", "DMA-2", 100);
        Fixtures.draftRequirement(procurement, "DMA", "DMA-3", 100);
        Fixtures.draftRequirement(procurement, "DMB", "DMB-1", 100);
        Fixtures.submit(procurement, "DMA", one);
        Fixtures.submit(procurement, "DMA", two);
        Fixtures.approve(procurement, one);
        consolidated = procurement;
        return procurement;
    }

    @Test
    void theOfficerSeesConsolidatedDemandPerOrganisationAndTheChaseList() {
        // The legacy sites have 10 Mbps each; two requirements of 100 Mbps are in play.
        given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + consolidated() + "/demand")
                .then().statusCode(200)
                .body("totals.sites", equalTo(4))
                .body("totals.requirements.DRAFT", equalTo(2))
                .body("totals.requirements.SUBMITTED", equalTo(1))
                .body("totals.requirements.APPROVED", equalTo(1))
                .body("totals.requirements.RETURNED", equalTo(0))
                .body("totals.bandwidthBeforeMbps", equalTo(20))
                .body("totals.bandwidthAfterMbps", equalTo(200))
                .body("totals.bandwidthRatio", equalTo(10.0f))
                .body("totals.legacyAnnualCost", equalTo(31000.00f))
                .body("organisations.odsCode", contains("DMA", "DMB", "DML"))
                .body("organisations[0].figures.sites", equalTo(3))
                .body("organisations[1].figures.bandwidthRatio", org.hamcrest.Matchers.nullValue())
                .body("chaseList.odsCode", contains("DMB", "DML"));
    }

    @Test
    void aMemberCannotReadTheConsolidatedDemand() {
        given().auth().oauth2(DevTokens.member("DMA")).get("/api/v1/procurements/" + consolidated() + "/demand").then().statusCode(403);
    }

    @Test
    void theMigrationScopeIsTheApprovedRequirementsSites() {
        given().auth().oauth2(DevTokens.projectManager("DML")).get("/api/v1/procurements/" + consolidated() + "/sites")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("siteCode", contains("DMA-1"))
                .body("[0].core", equalTo(true))
                .body("[0].lineId", equalTo("L-DMA-1"))
                .body("[0].legacy.annualCost", equalTo(18000.00f))
                .body("[0].requirement.bandwidthMbps", equalTo(100))
                .body("[0].requirement.resilience", equalTo("DUAL"));
    }

    @Test
    void neitherAMemberNorASupplierReadsTheMigrationScope() {
        given().auth().oauth2(DevTokens.member("DMA")).get("/api/v1/procurements/" + consolidated() + "/sites").then().statusCode(403);
        given().auth().oauth2(DevTokens.supplier("s-1")).get("/api/v1/procurements/" + consolidated() + "/sites").then().statusCode(403);
    }
}
