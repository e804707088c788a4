package uk.collabproc.supplier.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.supplier.ranking.BidUnderEvaluation.PriceLine;

/**
 * A lot of a divided tender is ranked on its own: under its own weights when it has them, each bid priced over the lot's
 * lines only. The expected figures are worked by hand in the comments.
 */
class ScoringEngineLotTest {

    /** Lot weights Q1 20, Q2 10, Q3 10, price 60 in place of the worked example's 30, 20, 10, 40. */
    private static final Map<String, BigDecimal> LOT_WEIGHTS = Map.of("Q1", new BigDecimal("20"), "Q2", new BigDecimal("10"), "Q3",
            new BigDecimal("10"), "PRICE", new BigDecimal("60"));

    @Test
    void aLotsWeightsReplaceTheCriteriaWeights() {
        EvaluationRules lot = ScoringEngineTest.workedExample().withWeights(LOT_WEIGHTS);
        List<RankedBid> results = ScoringEngine.rank(lot, ScoringEngineTest.SCHEDULE, List.of(
                ScoringEngineTest.bid("A", 4, 3, 5, "50000", "200000"),
                ScoringEngineTest.bid("B", 3, 4, 3, "100000", "180000")));

        // A: 4/5 × 20 + 3/5 × 10 + 5/5 × 10 = 16 + 6 + 10 = 32; price 60 × 1,000,000 ÷ 1,050,000 = 57.142857…; total 89.142857…
        // B: 3/5 × 20 + 4/5 × 10 + 3/5 × 10 = 12 + 8 + 6 = 26; price 60 (lowest); total 86. Under the tender's weights B lost
        // on quality (40 against 46); under the lot's A still wins, by less.
        RankedBid a = ScoringEngineTest.result(results, "A");
        RankedBid b = ScoringEngineTest.result(results, "B");
        assertEquals(0, new BigDecimal("32").compareTo(a.qualityScore()));
        ScoringEngineTest.assertScore("57.1428571429", a.priceScore());
        ScoringEngineTest.assertScore("89.1428571429", a.totalScore());
        assertEquals(0, new BigDecimal("26").compareTo(b.qualityScore()));
        assertEquals(0, new BigDecimal("60").compareTo(b.priceScore()));
        assertEquals(0, new BigDecimal("86").compareTo(b.totalScore()));
        assertEquals(1, a.rank());
        assertEquals(2, b.rank());
    }

    @Test
    void aHeavierPriceWeightOfALotCanChangeTheWinner() {
        // Quality 5, 5, 5 at £1,000 a year against 1, 1, 2 at £500 a year, five years.
        // Tender weights: 60 + 40 × 2,500 ÷ 5,000 = 80 against 6 + 4 + 4 + 40 = 54: the better quality wins.
        // Lot weights Q1 5, Q2 5, Q3 5, price 85: 15 + 42.5 = 57.5 against 1 + 1 + 2 + 85 = 89: the cheaper wins.
        List<BidUnderEvaluation> bids = List.of(ScoringEngineTest.bid("Better", 5, 5, 5, "0", "1000"),
                ScoringEngineTest.bid("Cheaper", 1, 1, 2, "0", "500"));
        assertEquals("Better",
                ScoringEngine.rank(ScoringEngineTest.workedExample(), ScoringEngineTest.SCHEDULE, bids).get(0).supplierName());

        EvaluationRules lot = ScoringEngineTest.workedExample().withWeights(Map.of("Q1", new BigDecimal("5"), "Q2", new BigDecimal("5"),
                "Q3", new BigDecimal("5"), "PRICE", new BigDecimal("85")));
        List<RankedBid> results = ScoringEngine.rank(lot, ScoringEngineTest.SCHEDULE, bids);
        assertEquals("Cheaper", results.get(0).supplierName());
        assertEquals(0, new BigDecimal("89").compareTo(results.get(0).totalScore()));
        assertEquals(0, new BigDecimal("57.5").compareTo(results.get(1).totalScore()));
    }

    @Test
    void theQualityThresholdOfALotIsAShareOfItsQualityMarks() {
        // Threshold 50 %. Moderated 1, 5, 2: under the tender's weights 6 + 20 + 4 = 30 of 60 marks, just enough; under the
        // lot's 4 + 10 + 4 = 18 of 40 marks, short of 20: out. 3, 3, 3 earns 12 + 6 + 6 = 24 of the lot's 40: in.
        EvaluationRules tender = ScoringEngineTest.rules(EvaluationRules.PriceFormula.LOWEST_PRICE_RATIO,
                List.of(EvaluationRules.TieBreak.HIGHER_QUALITY), "50");
        List<BidUnderEvaluation> bids = List.of(ScoringEngineTest.bid("Uneven", 1, 5, 2, "0", "100"),
                ScoringEngineTest.bid("Fair", 3, 3, 3, "0", "100"));
        assertEquals(RankedBid.Outcome.QUALIFIED,
                ScoringEngineTest.result(ScoringEngine.rank(tender, ScoringEngineTest.SCHEDULE, bids), "Uneven").outcome());

        List<RankedBid> results = ScoringEngine.rank(tender.withWeights(LOT_WEIGHTS), ScoringEngineTest.SCHEDULE, bids);

        assertEquals(RankedBid.Outcome.DISQUALIFIED, ScoringEngineTest.result(results, "Uneven").outcome());
        assertEquals(RankedBid.Outcome.QUALIFIED, ScoringEngineTest.result(results, "Fair").outcome());
    }

    @Test
    void aLotsWeightsNameExactlyTheWeightedCriteria() {
        EvaluationRules rules = ScoringEngineTest.workedExample();
        assertThrows(IllegalArgumentException.class,
                () -> rules.withWeights(Map.of("Q1", new BigDecimal("60"), "PRICE", new BigDecimal("40"))));
        assertThrows(IllegalArgumentException.class, () -> rules.withWeights(Map.of("Q1", new BigDecimal("20"), "Q2", new BigDecimal("10"),
                "Q3", new BigDecimal("10"), "PRICE", new BigDecimal("50"), "CNSP", new BigDecimal("10"))));
    }

    @Test
    void aBidOnSeveralLotsIsPricedOverTheLotsLinesOnly() {
        // L-1 (lot 1) £8,000 + £23,000 a year, L-2 (lot 2) £1,000 + £2,000 a year; five years.
        // Lot 2 alone: 1,000 + 5 × 2,000 = 11,000; against a rival at 22,000: price scores 40 and 20.
        UUID id = UUID.nameUUIDFromBytes("Both lots".getBytes());
        BidUnderEvaluation both = new BidUnderEvaluation(id, id, "Both lots", true, List.of(
                new PriceLine("L-1", new BigDecimal("8000"), new BigDecimal("23000")),
                new PriceLine("L-2", new BigDecimal("1000"), new BigDecimal("2000"))),
                Map.of("Q1", 3, "Q2", 3, "Q3", 3), Map.of("CNSP", true), null);
        UUID rivalId = UUID.nameUUIDFromBytes("Lot 2 only".getBytes());
        BidUnderEvaluation rival = new BidUnderEvaluation(rivalId, rivalId, "Lot 2 only", true, List.of(
                new PriceLine("L-2", new BigDecimal("2000"), new BigDecimal("4000"))),
                Map.of("Q1", 3, "Q2", 3, "Q3", 3), Map.of("CNSP", true), null);

        List<RankedBid> results = ScoringEngine.rank(ScoringEngineTest.workedExample(), List.of("L-2"), List.of(both, rival));

        RankedBid onLot = ScoringEngineTest.result(results, "Both lots");
        assertEquals(0, new BigDecimal("11000").compareTo(onLot.evaluatedPrice()));
        assertEquals(0, new BigDecimal("40").compareTo(onLot.priceScore()));
        assertEquals(0, new BigDecimal("20").compareTo(ScoringEngineTest.result(results, "Lot 2 only").priceScore()
                .round(MathContext.DECIMAL32)));
        assertEquals(RankedBid.Outcome.QUALIFIED, ScoringEngineTest.result(results, "Lot 2 only").outcome());
    }
}
