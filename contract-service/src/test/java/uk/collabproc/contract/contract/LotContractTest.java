package uk.collabproc.contract.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.collabproc.contract.testing.Awarding.OFFICER;
import static uk.collabproc.contract.testing.Awarding.clock;
import static uk.collabproc.contract.testing.Lots.award;
import static uk.collabproc.contract.testing.Lots.conclude;
import static uk.collabproc.contract.testing.Lots.dividedProcurement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.contract.testing.Lots;
import uk.collabproc.contract.testing.Lots.Divided;
import uk.collabproc.testsupport.DevTokens;
import uk.collabproc.testsupport.bodies.MigrationPlanBody;

/**
 * Issue 16: each lot's award concludes its own contract, once its own standstill has ended, for the sites of that lot
 * alone and the winning bid's prices of their lines; the migration plan and the benefits are then the lot's.
 */
@QuarkusTest
class LotContractTest {

    private static final String PROJECT_MANAGER = DevTokens.projectManager("RK9");

    /** Lot 1 awarded on 4 December 2017 (standstill to the 15th), lot 2 on the 11th (to the 22nd). */
    private record Awarded(Divided divided, String lot1, String lot2) {
    }

    private static Awarded bothLotsAwarded() {
        Divided divided = dividedProcurement();
        clock("2017-12-04T10:00:00Z");
        String lot1 = award(divided.procurementId(), "1", "2017-12-04").statusCode(201).extract().path("id");
        clock("2017-12-11T10:00:00Z");
        String lot2 = award(divided.procurementId(), "2", "2017-12-11").statusCode(201).extract().path("id");
        return new Awarded(divided, lot1, lot2);
    }

    @Test
    void lotOnesContractIsConcludedWhileLotTwoIsInItsStandstillAndMigratesOnlyLotOnesSitesAtItsPrices() throws InterruptedException {
        Awarded awarded = bothLotsAwarded();
        clock("2017-12-18T09:00:00Z");

        conclude(awarded.lot2(), "2017-12-20").statusCode(409).body("title", equalTo("Standstill running"));
        String contract = conclude(awarded.lot1(), "2017-12-20").statusCode(201)
                .body("lot", equalTo("1"))
                .body("awardId", equalTo(awarded.lot1()))
                .body("supplierId", equalTo(awarded.divided().mllId().toString()))
                .body("value", equalTo(183000.00f))
                .extract().path("id");
        given().auth().oauth2(OFFICER).get("/api/v1/awards/" + awarded.lot2()).then().body("status", equalTo("STANDSTILL"))
                .body("standstillEnded", equalTo(false));

        List<Map<String, Object>> told = Lots.told("procurement-service",
                "/api/v1/procurements/" + awarded.divided().procurementId() + "/contract-conclusion");
        assertEquals(1, told.size());
        assertEquals("1", told.get(0).get("lot"));
        assertEquals(contract, told.get(0).get("contractId"));

        // MLL priced lot 2's surgeries too; lot 1's contract has none of them, nor their prices.
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + contract + "/benefits").then().statusCode(200)
                .body("organisations.odsCode", equalTo(List.of("RH8", "RK9")))
                .body("organisations.find { it.odsCode == 'RK9' }.newAnnualCost", equalTo(23000.00f))
                .body("organisations.find { it.odsCode == 'RH8' }.newAnnualCost", equalTo(12000.00f))
                .body("total.sites", equalTo(3));
        assertEquals(Lots.LOT_1_SITES, plannedSites(contract));

        // The dashboard names the lot, so that an organisation with sites in two lots tells its two contracts apart.
        given().redirects().follow(false).cookie(uk.collabproc.common.page.PageSession.COOKIE, OFFICER)
                .get("/dashboard/contracts/" + contract)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Migration to MLL Telecom Ltd, lot 1</h1>"));
        given().redirects().follow(false).cookie(uk.collabproc.common.page.PageSession.COOKIE, OFFICER).get("/dashboard").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("MLL Telecom Ltd (lot 1)"));
    }

    @Test
    void lotTwosContractFollowsItsOwnStandstillWithItsOwnSupplierSitesAndPrices() {
        Awarded awarded = bothLotsAwarded();
        clock("2017-12-18T09:00:00Z");
        conclude(awarded.lot1(), "2017-12-20").statusCode(201);
        clock("2017-12-22T09:00:00Z");

        String contract = conclude(awarded.lot2(), "2017-12-22").statusCode(201)
                .body("lot", equalTo("2"))
                .body("supplierId", equalTo(awarded.divided().westcountryId().toString()))
                .body("value", equalTo(20100.00f))
                .extract().path("id");

        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + contract + "/benefits").then().statusCode(200)
                .body("organisations.odsCode", equalTo(List.of("L83001", "L83002")))
                .body("organisations.find { it.odsCode == 'L83001' }.newAnnualCost", equalTo(1800.00f))
                .body("organisations.find { it.odsCode == 'L83002' }.newAnnualCost", equalTo(1900.00f))
                .body("total.sites", equalTo(2));
        given().auth().oauth2(OFFICER).get("/api/v1/contracts/" + contract + "/ocds").then().statusCode(200)
                .body("releases[0].awards[0].relatedLots", equalTo(List.of("2")))
                .body("releases[0].awards[0].suppliers[0].name", equalTo("Westcountry Networks Ltd"));
    }

    /** The sites of the contract's migration plan, planned on 1 March 2018 and solved: every site with milestones. */
    private static List<String> plannedSites(String contract) throws InterruptedException {
        clock("2018-03-01T09:00:00Z");
        String plan = "/api/v1/contracts/" + contract + "/migration-plan";
        given().auth().oauth2(PROJECT_MANAGER).contentType("application/json").body(MigrationPlanBody.plan().asMap()).put(plan).then()
                .statusCode(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"READY".equals(given().auth().oauth2(PROJECT_MANAGER).get(plan).then().statusCode(200).extract().path("status"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The plan was not READY within 30 s");
            }
            Thread.sleep(200);
        }
        List<String> sites = given().auth().oauth2(PROJECT_MANAGER).queryParam("size", 500)
                .get("/api/v1/contracts/" + contract + "/milestones")
                .then().statusCode(200).extract().jsonPath().getList("siteCode", String.class);
        return sites.stream().distinct().sorted().toList();
    }
}
