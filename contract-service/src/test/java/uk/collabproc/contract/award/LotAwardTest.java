package uk.collabproc.contract.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.contract.testing.Awarding.OFFICER;
import static uk.collabproc.contract.testing.Awarding.clock;
import static uk.collabproc.contract.testing.Lots.award;
import static uk.collabproc.contract.testing.Lots.dividedProcurement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.collabproc.contract.testing.Awarding;
import uk.collabproc.contract.testing.Lots;
import uk.collabproc.contract.testing.Lots.Divided;

/** Issue 16: a tender divided into lots is awarded lot by lot, each to the rank-1 bid on it, each with its own standstill. */
@QuarkusTest
class LotAwardTest {

    private static final String PATH = "/api/v1/awards";

    @Test
    void eachLotGoesToTheRankOneBidOnItWithItsOwnStandstillAndProcurementServiceIsToldTheLot() {
        Divided divided = dividedProcurement();
        clock("2017-12-04T10:00:00Z");
        String lot1 = award(divided.procurementId(), "1", "2017-12-04").statusCode(201)
                .body("lot", equalTo("1"))
                .body("winningBidId", equalTo(divided.mllBidId().toString()))
                .body("supplierName", equalTo("MLL Telecom Ltd"))
                .body("evaluatedPrice", equalTo(183000.00f))
                .body("standstillEndsAt", equalTo("2017-12-15T00:00:00Z"))
                .body("status", equalTo("STANDSTILL"))
                .extract().path("id");
        clock("2017-12-11T10:00:00Z");
        String lot2 = award(divided.procurementId(), "2", "2017-12-11").statusCode(201)
                .body("lot", equalTo("2"))
                .body("winningBidId", equalTo(divided.westcountryBidId().toString()))
                .body("supplierName", equalTo("Westcountry Networks Ltd"))
                .body("evaluatedPrice", equalTo(20100.00f))
                .body("standstillEndsAt", equalTo("2017-12-22T00:00:00Z"))
                .extract().path("id");

        String ranking = "GET /api/v1/procurements/" + divided.procurementId() + "/ranking";
        List<String> read = Awarding.requests("supplier-service");
        assertTrue(read.contains(ranking + "?lot=1") && read.contains(ranking + "?lot=2"), "each lot's ranking is read: " + read);
        assertFalse(read.contains(ranking), "never the ranking of the whole procurement");
        List<Map<String, Object>> told = Lots.told("procurement-service",
                "/api/v1/procurements/" + divided.procurementId() + "/award-decision");
        assertEquals(List.of(lot1, lot2), told.stream().map(decision -> decision.get("awardId")).toList());
        assertEquals(List.of("1", "2"), told.stream().map(decision -> decision.get("lot")).toList());
        assertEquals(List.of("2017-12-15T00:00:00Z", "2017-12-22T00:00:00Z"),
                told.stream().map(decision -> decision.get("standstillEndsAt")).toList());
        given().auth().oauth2(OFFICER).get(PATH + "/" + lot1).then().statusCode(200).body("lot", equalTo("1"))
                .body("standstillEnded", equalTo(false));
    }

    @Test
    void aSecondAwardOfALotIsAConflictPointingAtTheFirstWhileTheOtherLotIsStillToAward() {
        Divided divided = dividedProcurement();
        clock("2017-12-04T10:00:00Z");
        String location = award(divided.procurementId(), "1", "2017-12-04").statusCode(201).extract().header("Location");

        award(divided.procurementId(), "1", "2017-12-05").statusCode(409)
                .header("Location", endsWith(location.substring(location.indexOf(PATH))));
        award(divided.procurementId(), "2", "2017-12-05").statusCode(201).body("lot", equalTo("2"));
    }

    @Test
    void aDividedProcurementIsNotAwardedWithoutALot() {
        Divided divided = dividedProcurement();
        clock("2017-12-04T10:00:00Z");

        award(divided.procurementId(), null, "2017-12-04").statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("lot"));
        assertNothingStoredFor(divided.procurementId());
    }

    @Test
    void aLotTheTenderDoesNotHaveIsRefusedOnLot() {
        Divided divided = dividedProcurement();
        clock("2017-12-04T10:00:00Z");

        award(divided.procurementId(), "3", "2017-12-04").statusCode(400).body("violations.field", hasItem("lot"));
        award(divided.procurementId(), "one", "2017-12-04").statusCode(400).body("violations.field", hasItem("lot"));
        assertNothingStoredFor(divided.procurementId());
    }

    @Test
    void aProcurementNotDividedIsRefusedALotAndAwardedWholeWithout() {
        UUID procurement = Lots.undividedProcurement();
        clock("2017-12-04T10:00:00Z");

        award(procurement, "1", "2017-12-04").statusCode(400).body("violations.field", hasItem("lot"));
        assertNothingStoredFor(procurement);
        award(procurement, null, "2017-12-04").statusCode(201).body("lot", nullValue());
        List<Map<String, Object>> told = Lots.told("procurement-service", "/api/v1/procurements/" + procurement + "/award-decision");
        assertEquals(1, told.size());
        assertFalse(told.get(0).containsKey("lot"), "procurement-service is told exactly what it was before lots: " + told);
        assertTrue(Awarding.requests("supplier-service").contains("GET /api/v1/procurements/" + procurement + "/ranking"),
                "the ranking of the whole procurement, asked without a lot");
    }

    @Test
    void aLotProcurementServiceHasAlreadyAwardedIsAConflict() {
        Divided divided = dividedProcurement();
        Lots.procurement(divided.procurementId(), "AWARDED", "NOT_AWARDED");
        clock("2017-12-04T10:00:00Z");

        award(divided.procurementId(), "1", "2017-12-04").statusCode(409).body("title", equalTo("Lot not awaiting award"));
        assertNothingStoredFor(divided.procurementId());
    }

    private static void assertNothingStoredFor(UUID procurement) {
        assertTrue(given().auth().oauth2(OFFICER).queryParam("size", 500).get(PATH).then().statusCode(200).extract().jsonPath()
                .getList("procurementId").stream().noneMatch(procurement.toString()::equals), "nothing was stored");
    }
}
