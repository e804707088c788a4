package uk.collabproc.supplier.bid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.collabproc.supplier.testing.Bidding.bidOnLots;
import static uk.collabproc.supplier.testing.Bidding.bids;
import static uk.collabproc.supplier.testing.Bidding.clock;
import static uk.collabproc.supplier.testing.Bidding.price;
import static uk.collabproc.supplier.testing.Bidding.publishedDividedTender;
import static uk.collabproc.supplier.testing.Bidding.supplier;
import static uk.collabproc.supplier.testing.Bidding.supplierToken;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.supplier.testing.Bidding;

/**
 * Issue 16: a supplier bids on any of a divided tender's lots, pricing exactly those lots' lines (lot 1: L-A and L-B; lot
 * 2: L-C); a tender not divided is bid on whole, as before.
 */
@QuarkusTest
class LotBidTest {

    private static final Map<String, Object> L_A = price("L-A", "50000.00", "200000.00");
    private static final Map<String, Object> L_B = price("L-B", "0.00", "0.00");
    private static final Map<String, Object> L_C = price("L-C", "10000.00", "20000.00");

    private static ValidatableResponse submit(UUID procurement, Map<String, Object> bid) {
        clock(Bidding.BEFORE_DEADLINE);
        return given().auth().oauth2(supplierToken(supplier("Lot Bidder Ltd", true))).contentType(ContentType.JSON).body(bid)
                .post(bids(procurement)).then();
    }

    @Test
    void suppliersBidOnOneLotOrOnSeveral() {
        UUID procurement = publishedDividedTender();

        submit(procurement, bidOnLots(List.of("1"), List.of(L_A, L_B))).statusCode(201).body("lots", contains("1"));
        submit(procurement, bidOnLots(List.of("1", "2"), List.of(L_A, L_B, L_C))).statusCode(201).body("lots", contains("1", "2"));
        String location = submit(procurement, bidOnLots(List.of("2"), List.of(L_C))).statusCode(201).body("lots", contains("2"))
                .extract().header("Location");
        given().auth().oauth2(Bidding.OFFICER).get(bids(procurement) + "/receipt").then().statusCode(200).body("bidsReceived", equalTo(3));
        clock(Bidding.AFTER_DEADLINE);
        given().auth().oauth2(Bidding.OFFICER).get(location).then().statusCode(200).body("lots", contains("2"))
                .body("prices.lineId", contains("L-C"));
    }

    @Test
    void aBidPricingALineOfALotItIsNotForIsRefusedNamingThePrice() {
        UUID procurement = publishedDividedTender();

        submit(procurement, bidOnLots(List.of("1"), List.of(L_A, L_B, L_C))).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("prices[2].lineId"))
                .body("violations[0].message", containsString("lot 2"));
    }

    @Test
    void aBidMissingALineOfItsLotIsRefused() {
        UUID procurement = publishedDividedTender();

        submit(procurement, bidOnLots(List.of("1", "2"), List.of(L_A, L_C))).statusCode(400)
                .body("violations.field", contains("prices"))
                .body("violations.message", contains("missing pricing-schedule line 'L-B'"));
    }

    @Test
    void aBidOnADividedTenderNamesItsLots() {
        UUID procurement = publishedDividedTender();
        Map<String, Object> noLots = Bidding.bid(List.of(L_A, L_B));

        submit(procurement, noLots).statusCode(400).body("violations.field", contains("lots"))
                .body("violations[0].message", containsString("1, 2"));
        submit(procurement, bidOnLots(List.of(), List.of(L_A, L_B))).statusCode(400).body("violations.field", contains("lots"));
    }

    @Test
    void anUnknownOrRepeatedLotIsRefused() {
        UUID procurement = publishedDividedTender();

        submit(procurement, bidOnLots(List.of("1", "3"), List.of(L_A, L_B))).statusCode(400).body("violations.field", contains("lots[1]"));
        submit(procurement, bidOnLots(List.of("1", "1"), List.of(L_A, L_B))).statusCode(400).body("violations.field", contains("lots[1]"))
                .body("violations[0].message", containsString("more than once"));
        submit(procurement, bidOnLots(List.of("Lot 1"), List.of(L_A, L_B))).statusCode(400).body("violations.field", hasItem("lots[0]"));
    }

    @Test
    void aTenderNotDividedTakesNoLotsAndItsBidsShowNone() {
        UUID procurement = Bidding.publishedTender();

        submit(procurement, bidOnLots(List.of("1"), List.of(L_A, L_B))).statusCode(400).body("violations.field", contains("lots"))
                .body("violations[0].message", containsString("not divided"));
        submit(procurement, bidOnLots(List.of(), List.of(L_A, L_B))).statusCode(201).body("lots", empty());
    }

    @Test
    void aReplacementMayChangeTheLotsOfABid() {
        UUID procurement = publishedDividedTender();
        UUID supplier = supplier("Changing Lots Ltd", true);
        UUID bid = Bidding.submit(procurement, supplier, bidOnLots(List.of("1"), List.of(L_A, L_B)));

        Map<String, Object> replacement = bidOnLots(List.of("2"), List.of(L_C));
        replacement.put("version", 0);
        given().auth().oauth2(supplierToken(supplier)).contentType(ContentType.JSON).body(replacement).put(bids(procurement) + "/" + bid)
                .then().statusCode(200).body("lots", contains("2")).body("prices.lineId", contains("L-C"));
    }
}
