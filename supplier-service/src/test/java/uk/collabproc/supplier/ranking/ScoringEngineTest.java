package uk.collabproc.supplier.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.supplier.ranking.BidUnderEvaluation.PriceLine;
import uk.collabproc.supplier.ranking.BidUnderEvaluation.Review;
import uk.collabproc.supplier.ranking.EvaluationRules.Criterion;
import uk.collabproc.supplier.ranking.EvaluationRules.Kind;
import uk.collabproc.supplier.ranking.EvaluationRules.PriceFormula;
import uk.collabproc.supplier.ranking.EvaluationRules.TieBreak;
import uk.collabproc.supplier.ranking.RankedBid.Outcome;

class ScoringEngineTest {

    static final List<String> SCHEDULE = List.of("L-1");

    /** docs/domain.md#worked-example: Q1 30, Q2 20, Q3 10, price 40, scale 0-5, five years, plus a CN-SP pass/fail. */
    static EvaluationRules rules(PriceFormula formula, List<TieBreak> tieBreak, String thresholdPercent) {
        return new EvaluationRules(List.of(
                new Criterion("Q1", Kind.QUALITY, new BigDecimal("30"), null),
                new Criterion("Q2", Kind.QUALITY, new BigDecimal("20"), null),
                new Criterion("Q3", Kind.QUALITY, new BigDecimal("10"), 2),
                new Criterion("PRICE", Kind.PRICE, new BigDecimal("40"), null),
                new Criterion("CNSP", Kind.PASS_FAIL, null, null)),
                5, formula, new BigDecimal(thresholdPercent), new BigDecimal("20"), tieBreak, 60);
    }

    static EvaluationRules workedExample() {
        return rules(PriceFormula.LOWEST_PRICE_RATIO, List.of(TieBreak.HIGHER_QUALITY, TieBreak.LOWER_PRICE), "0");
    }

    static BidUnderEvaluation bid(String name, int q1, int q2, int q3, String oneOff, String annual) {
        return bid(name, Map.of("Q1", q1, "Q2", q2, "Q3", q3), oneOff, annual, true, true, null);
    }

    static BidUnderEvaluation bid(String name, Map<String, Integer> scores, String oneOff, String annual, boolean cnSp,
            boolean passes, Review review) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes());
        return new BidUnderEvaluation(id, id, name, cnSp, List.of(new PriceLine("L-1", new BigDecimal(oneOff), new BigDecimal(annual))),
                scores, Map.of("CNSP", passes), review);
    }

    static RankedBid result(List<RankedBid> results, String name) {
        return results.stream().filter(r -> r.supplierName().equals(name)).findFirst().orElseThrow();
    }

    static void assertScore(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual.setScale(new BigDecimal(expected).scale(), RoundingMode.HALF_UP));
    }

    @Test
    void theWorkedExampleOfDomainMd() {
        List<RankedBid> results = ScoringEngine.rank(workedExample(), SCHEDULE, List.of(
                bid("B", 3, 4, 3, "100000", "180000"),
                bid("A", 4, 3, 5, "50000", "200000")));

        RankedBid a = results.get(0);
        assertEquals("A", a.supplierName());
        assertEquals(1, a.rank());
        assertEquals(0, new BigDecimal("1050000").compareTo(a.evaluatedPrice()));
        assertEquals(0, new BigDecimal("46").compareTo(a.qualityScore()));
        assertScore("38.0952380952", a.priceScore());
        assertScore("84.0952380952", a.totalScore());
        assertEquals(a.totalScore(), a.qualityScore().add(a.priceScore()));

        RankedBid b = results.get(1);
        assertEquals(2, b.rank());
        assertEquals(0, new BigDecimal("1000000").compareTo(b.evaluatedPrice()));
        assertEquals(0, new BigDecimal("40").compareTo(b.qualityScore()));
        assertEquals(0, new BigDecimal("40").compareTo(b.priceScore()));
        assertEquals(0, new BigDecimal("80").compareTo(b.totalScore()));
    }

    @Test
    void evaluatedPriceCountsAnnualChargesOverTheTermInYears() {
        List<PriceLine> prices = List.of(new PriceLine("L-1", new BigDecimal("8000"), new BigDecimal("23000")),
                new PriceLine("L-2", new BigDecimal("0"), new BigDecimal("1000.50")));
        assertEquals(0, new BigDecimal("128002.50").compareTo(ScoringEngine.evaluatedPrice(prices, 60)));
        assertEquals(0, new BigDecimal("68001.25").compareTo(ScoringEngine.evaluatedPrice(prices, 30)));
    }

    @Test
    void meanRelativeGivesTheMeanHalfTheMarksAndClampsToTheWeight() {
        EvaluationRules rules = rules(PriceFormula.MEAN_RELATIVE, List.of(TieBreak.HIGHER_QUALITY), "0");
        // Evaluated prices 100, 80 and 120 (no annual charges): the mean is 100.
        List<RankedBid> results = ScoringEngine.rank(rules, SCHEDULE, List.of(
                bid("Mean", 3, 3, 3, "100", "0"), bid("Below", 3, 3, 3, "80", "0"), bid("Above", 3, 3, 3, "120", "0")));
        assertScore("20", result(results, "Mean").priceScore());
        assertScore("28", result(results, "Below").priceScore());
        assertScore("12", result(results, "Above").priceScore());

        // 10, 100, 190: the mean is 100; 40 × 1.4 clamps to 40, 40 × (−0.4) clamps to 0.
        results = ScoringEngine.rank(rules, SCHEDULE, List.of(
                bid("Cheap", 3, 3, 3, "10", "0"), bid("Mean", 3, 3, 3, "100", "0"), bid("Dear", 3, 3, 3, "190", "0")));
        assertEquals(0, new BigDecimal("40").compareTo(result(results, "Cheap").priceScore()));
        assertEquals(0, BigDecimal.ZERO.compareTo(result(results, "Dear").priceScore()));
    }

    @Test
    void deviationFromLowestLosesOnePercentPerPercentAndClampsAtZero() {
        EvaluationRules rules = rules(PriceFormula.DEVIATION_FROM_LOWEST, List.of(TieBreak.HIGHER_QUALITY), "0");
        List<RankedBid> results = ScoringEngine.rank(rules, SCHEDULE, List.of(
                bid("Lowest", 3, 3, 3, "100", "0"), bid("Half more", 3, 3, 3, "150", "0"), bid("Far more", 3, 3, 3, "250", "0")));
        assertScore("40", result(results, "Lowest").priceScore());
        assertScore("20", result(results, "Half more").priceScore());
        assertEquals(0, BigDecimal.ZERO.compareTo(result(results, "Far more").priceScore()));
    }

    @Test
    void everyDisqualificationReasonIsListed() {
        Map<String, Integer> lowQ3 = Map.of("Q1", 5, "Q2", 5, "Q3", 1);
        UUID id = UUID.randomUUID();
        BidUnderEvaluation incomplete = new BidUnderEvaluation(id, id, "Everything wrong", false, List.of(), lowQ3,
                Map.of("CNSP", false), null);
        List<RankedBid> results = ScoringEngine.rank(workedExample(), SCHEDULE, List.of(incomplete, bid("A", 4, 3, 5, "50000", "200000")));

        RankedBid wrong = result(results, "Everything wrong");
        assertEquals(Outcome.DISQUALIFIED, wrong.outcome());
        assertNull(wrong.rank());
        assertEquals(4, wrong.reasons().size(), wrong.reasons().toString());
        assertTrue(wrong.reasons().get(0).contains("CNSP"));
        assertTrue(wrong.reasons().get(1).contains("CN-SP"));
        assertTrue(wrong.reasons().get(2).contains("pricing schedule"));
        assertTrue(wrong.reasons().get(3).contains("below the minimum"));
        assertEquals(1, result(results, "A").rank());
    }

    @Test
    void aQualityScoreBelowTheThresholdDisqualifies() {
        // 60% of 60 quality marks is 36: B's 40 passes, C's 30 (2, 2, 3 → 12 + 8 + 6 = 26) does not.
        EvaluationRules rules = rules(PriceFormula.LOWEST_PRICE_RATIO, List.of(TieBreak.HIGHER_QUALITY), "60");
        List<RankedBid> results = ScoringEngine.rank(rules, SCHEDULE, List.of(
                bid("B", 3, 4, 3, "100000", "180000"), bid("C", 2, 2, 3, "1", "1")));
        assertEquals(Outcome.DISQUALIFIED, result(results, "C").outcome());
        assertTrue(result(results, "C").reasons().get(0).contains("threshold"));
        // The disqualified bid plays no part in the lowest price: B gets the full price marks.
        assertEquals(0, new BigDecimal("40").compareTo(result(results, "B").priceScore()));
    }

    @Test
    void anAbnormallyLowPriceIsFlaggedAndARejectedReviewDisqualifies() {
        // Prices 100, 100, 100, 50: the mean is 87.5, 20% below it is 70, so 50 is abnormally low.
        List<BidUnderEvaluation> bids = new ArrayList<>(List.of(
                bid("One", 3, 3, 3, "100", "0"), bid("Two", 3, 3, 3, "100", "0"), bid("Three", 3, 3, 3, "100", "0")));

        List<RankedBid> unreviewed = ScoringEngine.rank(workedExample(), SCHEDULE, with(bids, null));
        assertTrue(result(unreviewed, "Low").abnormallyLow());
        assertEquals(Outcome.QUALIFIED, result(unreviewed, "Low").outcome());
        assertFalse(result(unreviewed, "One").abnormallyLow());

        List<RankedBid> accepted = ScoringEngine.rank(workedExample(), SCHEDULE, with(bids, Review.ACCEPTED));
        assertEquals(Outcome.QUALIFIED, result(accepted, "Low").outcome());
        assertScore("20", result(accepted, "One").priceScore());

        List<RankedBid> rejected = ScoringEngine.rank(workedExample(), SCHEDULE, with(bids, Review.REJECTED));
        assertEquals(Outcome.DISQUALIFIED, result(rejected, "Low").outcome());
        assertTrue(result(rejected, "Low").reasons().get(0).contains("Abnormally low"));
        // Lowest and mean are computed again without it: the others share the full price marks.
        assertScore("40", result(rejected, "One").priceScore());
        assertEquals(1, result(rejected, "Three").rank());
    }

    private static List<BidUnderEvaluation> with(List<BidUnderEvaluation> bids, Review review) {
        List<BidUnderEvaluation> all = new ArrayList<>(bids);
        all.add(bid("Low", Map.of("Q1", 3, "Q2", 3, "Q3", 3), "50", "0", true, true, review));
        return all;
    }

    @Test
    void equalTotalsAreBrokenByTheTieBreakListInOrder() {
        // Both total 76: X has quality 36 and the lowest price (40 price marks); Y quality 46 at 400 (300/400 × 40 = 30).
        BidUnderEvaluation x = bid("X", 3, 3, 3, "300", "0");
        BidUnderEvaluation y = bid("Y", 4, 3, 5, "400", "0");
        List<RankedBid> byQuality = ScoringEngine.rank(workedExample(), SCHEDULE, List.of(x, y));
        assertScore("76", result(byQuality, "X").totalScore());
        assertScore("76", result(byQuality, "Y").totalScore());
        assertEquals(1, result(byQuality, "Y").rank());
        assertEquals(2, result(byQuality, "X").rank());

        EvaluationRules priceFirst = rules(PriceFormula.LOWEST_PRICE_RATIO, List.of(TieBreak.LOWER_PRICE, TieBreak.HIGHER_QUALITY), "0");
        List<RankedBid> byPrice = ScoringEngine.rank(priceFirst, SCHEDULE, List.of(x, y));
        assertEquals(1, result(byPrice, "X").rank());
        assertEquals(2, result(byPrice, "Y").rank());
    }

    @Test
    void bidsStillTiedAfterTheWholeListShareARank() {
        List<RankedBid> results = ScoringEngine.rank(workedExample(), SCHEDULE, List.of(
                bid("First", 5, 5, 5, "100", "0"), bid("Twin 1", 3, 3, 3, "100", "0"), bid("Twin 2", 3, 3, 3, "100", "0"),
                bid("Last", 1, 2, 2, "100", "0")));
        assertEquals(List.of(1, 2, 2, 4), results.stream().map(RankedBid::rank).toList());
    }

    @Test
    void aSingleBidTakesTheFullPriceMarksUnderEveryFormula() {
        for (PriceFormula formula : PriceFormula.values()) {
            EvaluationRules rules = rules(formula, List.of(TieBreak.HIGHER_QUALITY), "0");
            RankedBid only = ScoringEngine.rank(rules, SCHEDULE, List.of(bid("Only", 4, 3, 5, "50000", "200000"))).get(0);
            assertEquals(1, only.rank());
            BigDecimal expected = formula == PriceFormula.MEAN_RELATIVE ? new BigDecimal("20") : new BigDecimal("40");
            assertEquals(0, expected.compareTo(only.priceScore()), formula.toString());
        }
    }

    @Test
    void whenEveryBidIsDisqualifiedNobodyIsRanked() {
        List<RankedBid> results = ScoringEngine.rank(workedExample(), SCHEDULE, List.of(
                bid("No CN-SP", Map.of("Q1", 4, "Q2", 3, "Q3", 5), "1", "1", false, true, null),
                bid("Failed", Map.of("Q1", 4, "Q2", 3, "Q3", 5), "1", "1", true, false, null)));
        assertTrue(results.stream().allMatch(r -> r.outcome() == Outcome.DISQUALIFIED && r.rank() == null));
    }

    @Test
    void aBidWithoutEveryModeratedScoreIsNotYetEvaluableAndDoesNotMoveThePrices() {
        Map<String, Integer> partial = new HashMap<>(Map.of("Q1", 4, "Q2", 3));
        List<RankedBid> results = ScoringEngine.rank(workedExample(), SCHEDULE, List.of(
                bid("B", 3, 4, 3, "100000", "180000"), bid("Partial", partial, "1", "1", true, true, null)));
        RankedBid unfinished = result(results, "Partial");
        assertEquals(Outcome.NOT_EVALUABLE, unfinished.outcome());
        assertNull(unfinished.rank());
        assertNull(unfinished.totalScore());
        assertEquals(0, new BigDecimal("40").compareTo(result(results, "B").priceScore()));
    }
}
