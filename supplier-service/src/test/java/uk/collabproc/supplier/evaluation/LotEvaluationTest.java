package uk.collabproc.supplier.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.collabproc.supplier.testing.Bidding.AFTER_DEADLINE;
import static uk.collabproc.supplier.testing.Bidding.OFFICER;
import static uk.collabproc.supplier.testing.Bidding.bidOnLots;
import static uk.collabproc.supplier.testing.Bidding.clock;
import static uk.collabproc.supplier.testing.Bidding.moderate;
import static uk.collabproc.supplier.testing.Bidding.price;
import static uk.collabproc.supplier.testing.Bidding.submit;
import static uk.collabproc.supplier.testing.Bidding.supplier;
import static uk.collabproc.supplier.testing.Bidding.supplierToken;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import uk.collabproc.supplier.testing.Bidding;

/**
 * Issue 16: each lot of a divided tender is evaluated on its own, over the bids for it, their prices of its lines and its
 * weights. The tender ({@link Bidding#dividedTender}): lot 1 is lines L-A and L-B under the tender's weights (Q1 30, Q2 20,
 * Q3 10, price 40); lot 2 is line L-C under Q1 20, Q2 10, Q3 10, price 60. Five years. Three bids:
 * <ul>
 * <li>One on lot 1 only: L-A £50,000 + £200,000 a year, L-B nothing; moderated 4, 3, 5.</li>
 * <li>Both on lots 1 and 2: L-A £100,000 + £180,000 a year, L-B nothing, L-C £10,000 + £20,000 a year; moderated 3, 4, 3.</li>
 * <li>Two on lot 2 only: L-C £10,000 + £26,000 a year; moderated 5, 5, 4.</li>
 * </ul>
 * The expected figures are worked out here by hand, not by the scoring engine.
 */
@QuarkusTest
class LotEvaluationTest {

    private static final BigDecimal YEARS = new BigDecimal("5");

    private record Lots(UUID procurement, UUID supplierOne, UUID supplierBoth, UUID supplierTwo, UUID one, UUID both, UUID two) {
        String summary(UUID bid, String lot) {
            return "/api/v1/procurements/" + procurement + "/bids/" + bid + "/assessment-summary" + (lot == null ? "" : "?lot=" + lot);
        }
    }

    private static Lots moderatedLots() {
        UUID procurement = Bidding.publishedDividedTender();
        UUID supplierOne = supplier("Lot One Ltd", true);
        UUID supplierBoth = supplier("Both Lots Ltd", true);
        UUID supplierTwo = supplier("Lot Two Ltd", true);
        UUID one = submit(procurement, supplierOne,
                bidOnLots(List.of("1"), List.of(price("L-A", "50000.00", "200000.00"), price("L-B", "0.00", "0.00"))));
        UUID both = submit(procurement, supplierBoth, bidOnLots(List.of("1", "2"), List.of(price("L-A", "100000.00", "180000.00"),
                price("L-B", "0.00", "0.00"), price("L-C", "10000.00", "20000.00"))));
        UUID two = submit(procurement, supplierTwo, bidOnLots(List.of("2"), List.of(price("L-C", "10000.00", "26000.00"))));
        clock(AFTER_DEADLINE);
        moderate(procurement, one, 4, 3, 5);
        moderate(procurement, both, 3, 4, 3);
        moderate(procurement, two, 5, 5, 4);
        return new Lots(procurement, supplierOne, supplierBoth, supplierTwo, one, both, two);
    }

    /** One-off plus the annual charge over the five-year term. */
    private static BigDecimal evaluated(String oneOff, String annual) {
        return new BigDecimal(oneOff).add(new BigDecimal(annual).multiply(YEARS));
    }

    /** moderated ÷ 5 × weight, summed over Q1, Q2, Q3. */
    private static BigDecimal quality(int[] scores, int... weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < scores.length; i++) {
            sum = sum.add(BigDecimal.valueOf(scores[i] * weights[i]).divide(new BigDecimal("5")));
        }
        return sum;
    }

    /** Shown as the API shows it: two decimals, as a JSON number read by REST Assured. */
    private static float shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).floatValue();
    }

    @Test
    void lotOneRanksOnlyItsBidsPricedOverItsLinesUnderTheTendersWeights() {
        Lots lots = moderatedLots();
        // The bid on both lots is priced over L-A and L-B only: £1,000,000, not £1,110,000 with L-C.
        BigDecimal one = evaluated("50000", "200000");
        BigDecimal both = evaluated("100000", "180000");
        BigDecimal qualityOne = quality(new int[] { 4, 3, 5 }, 30, 20, 10);
        BigDecimal qualityBoth = quality(new int[] { 3, 4, 3 }, 30, 20, 10);
        BigDecimal priceOne = new BigDecimal("40").multiply(both).divide(one, 10, RoundingMode.HALF_UP);
        BigDecimal priceBoth = new BigDecimal("40");

        ranking(lots.procurement(), "1").statusCode(200)
                .body("bidId", contains(lots.one().toString(), lots.both().toString()))
                .body("rank", contains(1, 2))
                .body("evaluatedPrice", contains(shown(one), shown(both)))
                .body("qualityScore", contains(shown(qualityOne), shown(qualityBoth)))
                .body("priceScore", contains(shown(priceOne), shown(priceBoth)))
                .body("totalScore", contains(shown(qualityOne.add(priceOne)), shown(qualityBoth.add(priceBoth))))
                .body("status", contains("QUALIFIED", "QUALIFIED"));
        // 1,050,000 and 1,000,000; 46 + 38.10 = 84.10 against 40 + 40 = 80: the worked example.
        ranking(lots.procurement(), "1").body("totalScore", contains(84.10f, 80.00f));
    }

    @Test
    void lotTwoRanksOnlyItsBidsPricedOverItsLinesUnderItsOwnWeights() {
        Lots lots = moderatedLots();
        // L-C alone: £110,000 and £140,000. Under the lot's weights (price 60) the cheaper bid wins; under the tender's
        // (price 40) the one on lot 2 only would: 58 + 31.43 = 89.43 against 40 + 40 = 80.
        BigDecimal both = evaluated("10000", "20000");
        BigDecimal two = evaluated("10000", "26000");
        BigDecimal qualityBoth = quality(new int[] { 3, 4, 3 }, 20, 10, 10);
        BigDecimal qualityTwo = quality(new int[] { 5, 5, 4 }, 20, 10, 10);
        BigDecimal priceBoth = new BigDecimal("60");
        BigDecimal priceTwo = new BigDecimal("60").multiply(both).divide(two, 10, RoundingMode.HALF_UP);

        ranking(lots.procurement(), "2").statusCode(200)
                .body("bidId", contains(lots.both().toString(), lots.two().toString()))
                .body("rank", contains(1, 2))
                .body("evaluatedPrice", contains(shown(both), shown(two)))
                .body("qualityScore", contains(shown(qualityBoth), shown(qualityTwo)))
                .body("priceScore", contains(shown(priceBoth), shown(priceTwo)))
                .body("totalScore", contains(shown(qualityBoth.add(priceBoth)), shown(qualityTwo.add(priceTwo))))
                .body("abnormallyLow", contains(false, false));
        // 26 + 60 = 86 against 38 + 47.14 = 85.14.
        ranking(lots.procurement(), "2").body("totalScore", contains(86.00f, 85.14f));
    }

    @Test
    void aDividedTendersRankingNamesALot() {
        Lots lots = moderatedLots();

        given().auth().oauth2(OFFICER).get(ranking(lots.procurement())).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("lot")).body("violations.in", contains("query"))
                .body("violations[0].message", containsString("1, 2"));
        ranking(lots.procurement(), "3").statusCode(400).body("violations.field", contains("lot")).body("violations.in", contains("query"));
        ranking(lots.procurement(), "x").statusCode(400).body("violations.field", contains("lot"));
    }

    @Test
    void aTenderNotDividedIsRankedWithoutALot() {
        UUID procurement = Bidding.publishedTender();
        submit(procurement, supplier("Whole Ltd", true), Bidding.bid("10.00", "10.00"));
        clock(AFTER_DEADLINE);

        ranking(procurement, "1").statusCode(400).body("violations.field", contains("lot")).body("violations.in", contains("query"));
        given().auth().oauth2(OFFICER).get(ranking(procurement)).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void theMatrixAndTheSensitivityAreOfOneLot() {
        Lots lots = moderatedLots();

        given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + lots.procurement() + "/evaluation?lot=2").then().statusCode(200)
                .body("lot", equalTo("2")).body("bids.bidId", contains(lots.both().toString(), lots.two().toString()));
        given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + lots.procurement() + "/sensitivity?lot=2").then().statusCode(200)
                .body("lot", equalTo("2")).body("winningBidId", equalTo(lots.both().toString()))
                .body("weights.find { it.criterionCode == 'PRICE' }.currentWeight", equalTo(60));
        given().auth().oauth2(OFFICER).get("/api/v1/procurements/" + lots.procurement() + "/sensitivity").then().statusCode(400)
                .body("violations.field", contains("lot"));
    }

    @Test
    void aLotsAssessmentSummaryOpensToItsBiddersOnceThatLotIsAwarded() {
        Lots lots = moderatedLots();
        Bidding.lotStatuses(lots.procurement(), "AWARDED", "NOT_AWARDED");

        // Lot 1 is awarded: its losing bidder reads its summary, scored under the tender's weights.
        given().auth().oauth2(supplierToken(lots.supplierBoth())).get(lots.summary(lots.both(), "1")).then().statusCode(200)
                .body("lot", equalTo("1")).body("recipient.rank", equalTo(2)).body("winner.bidId", equalTo(lots.one().toString()))
                .body("criteria.find { it.code == 'Q1' }.weight", equalTo(30))
                .body("totals.recipient", equalTo(80.00f)).body("totals.winner", equalTo(84.10f));
        // Lot 2 is not: its bidders wait, whichever other lot is awarded.
        given().auth().oauth2(supplierToken(lots.supplierTwo())).get(lots.summary(lots.two(), "2")).then().statusCode(409)
                .body("title", equalTo("Not yet awarded"));
        given().auth().oauth2(supplierToken(lots.supplierBoth())).get(lots.summary(lots.both(), "2")).then().statusCode(409);
        // A bid is summarised only for the lots it is for; the lot must be named.
        given().auth().oauth2(supplierToken(lots.supplierTwo())).get(lots.summary(lots.two(), "1")).then().statusCode(400)
                .body("violations.field", contains("lot"));
        given().auth().oauth2(supplierToken(lots.supplierTwo())).get(lots.summary(lots.two(), null)).then().statusCode(400)
                .body("violations.field", contains("lot"));
        // Another supplier's bid stays out of sight, lot or no lot.
        given().auth().oauth2(supplierToken(lots.supplierTwo())).get(lots.summary(lots.one(), "1")).then().statusCode(404);
        given().auth().oauth2(supplierToken(lots.supplierTwo())).get(lots.summary(lots.one(), "2")).then().statusCode(404);

        Bidding.lotStatuses(lots.procurement(), "AWARDED", "AWARDED");

        // Lot 2 under its own weights: Q1 3/5 × 20 = 12 for the winner, 5/5 × 20 = 20 for the recipient; 38 + 47.14 = 85.14.
        given().auth().oauth2(supplierToken(lots.supplierTwo())).get(lots.summary(lots.two(), "2")).then().statusCode(200)
                .body("lot", equalTo("2")).body("recipient.rank", equalTo(2))
                .body("criteria.find { it.code == 'Q1' }.weight", equalTo(20))
                .body("criteria.find { it.code == 'Q1' }.recipient.marks", equalTo(20.00f))
                .body("criteria.find { it.code == 'Q1' }.winner.marks", equalTo(12.00f))
                .body("criteria.find { it.code == 'PF1' }.weight", nullValue())
                .body("totals.recipient", equalTo(85.14f)).body("totals.winner", equalTo(86.00f));
    }

    @Test
    void aBidAbnormallyLowInOneLotIsRejectedInThatLotOnly() {
        UUID procurement = Bidding.publishedDividedTender();
        UUID one = submit(procurement, supplier("Low One Ltd", true),
                bidOnLots(List.of("1"), List.of(price("L-A", "50000.00", "200000.00"), price("L-B", "0.00", "0.00"))));
        // Lot 1: 1,000,000 against 1,050,000, near the mean. Lot 2: 11,000 against 140,000 and 130,000, 88 % below their mean.
        UUID both = submit(procurement, supplier("Low Both Ltd", true), bidOnLots(List.of("1", "2"), List.of(
                price("L-A", "100000.00", "180000.00"), price("L-B", "0.00", "0.00"), price("L-C", "1000.00", "2000.00"))));
        UUID two = submit(procurement, supplier("Low Two Ltd", true),
                bidOnLots(List.of("2"), List.of(price("L-C", "10000.00", "26000.00"))));
        UUID three = submit(procurement, supplier("Low Three Ltd", true),
                bidOnLots(List.of("2"), List.of(price("L-C", "10000.00", "24000.00"))));
        clock(AFTER_DEADLINE);
        for (UUID bid : List.of(one, both, two, three)) {
            moderate(procurement, bid, 3, 3, 3);
        }
        ranking(procurement, "1").body("find { it.bidId == '" + both + "' }.abnormallyLow", equalTo(false));
        ranking(procurement, "2").body("find { it.bidId == '" + both + "' }.abnormallyLow", equalTo(true));

        given().auth().oauth2(OFFICER).contentType("application/json")
                .body(java.util.Map.of("outcome", "REJECTED", "explanation",
                        "Could not show how it would deliver the GP sites at this price"))
                .put("/api/v1/procurements/" + procurement + "/bids/" + both + "/abnormally-low-review").then().statusCode(200);

        ranking(procurement, "2").body("find { it.bidId == '" + both + "' }.status", equalTo("DISQUALIFIED"));
        ranking(procurement, "1").body("find { it.bidId == '" + both + "' }.status", equalTo("QUALIFIED"))
                .body("find { it.bidId == '" + both + "' }.rank", equalTo(1));
    }

    private static ValidatableResponse ranking(UUID procurement, String lot) {
        return given().auth().oauth2(OFFICER).get(ranking(procurement) + "?lot=" + lot).then();
    }

    private static String ranking(UUID procurement) {
        return "/api/v1/procurements/" + procurement + "/ranking";
    }
}
