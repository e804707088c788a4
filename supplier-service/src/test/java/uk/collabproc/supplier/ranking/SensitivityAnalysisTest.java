package uk.collabproc.supplier.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.collabproc.supplier.ranking.EvaluationRules.Criterion;
import uk.collabproc.supplier.ranking.EvaluationRules.Kind;
import uk.collabproc.supplier.ranking.EvaluationRules.PriceFormula;
import uk.collabproc.supplier.ranking.EvaluationRules.TieBreak;

class SensitivityAnalysisTest {

    private static WeightSensitivity of(List<WeightSensitivity> analysis, String code) {
        return analysis.stream().filter(s -> s.criterionCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theWorkedExamplesWinnerHoldsUntilThePriceWeightReachesTheCrossing() {
        EvaluationRules rules = ScoringEngineTest.workedExample();
        BidUnderEvaluation a = ScoringEngineTest.bid("A", 4, 3, 5, "50000", "200000");
        BidUnderEvaluation b = ScoringEngineTest.bid("B", 3, 4, 3, "100000", "180000");
        List<BidUnderEvaluation> bids = List.of(a, b);
        List<WeightSensitivity> analysis = SensitivityAnalysis.analyse(rules, bids,
                ScoringEngine.rank(rules, ScoringEngineTest.SCHEDULE, bids));

        // Price fractions: A 20/21, B 1. Quality fractions per point of the other 60: A 46/60, B 40/60.
        // A leads while w·(20/21 − 1) + (100 − w)·(6/60) ≥ 0, i.e. w ≤ 10 ÷ (1/21 + 1/10) = 2100/31 ≈ 67.74.
        WeightSensitivity price = of(analysis, "PRICE");
        assertEquals(new BigDecimal("67.74"), price.highestWeightKeepingWinner().setScale(2, RoundingMode.HALF_UP));
        assertEquals(b.bidId(), price.challengerAbove());
        assertEquals(0, BigDecimal.ZERO.compareTo(price.lowestWeightKeepingWinner()));
        assertNull(price.challengerBelow());

        // Moving a criterion to its crossing really changes the winner: check with the engine.
        List<Criterion> moved = rescale(rules.criteria(), "PRICE", new BigDecimal("68"));
        EvaluationRules heavierPrice = new EvaluationRules(moved, 5, PriceFormula.LOWEST_PRICE_RATIO, BigDecimal.ZERO,
                new BigDecimal("20"), List.of(TieBreak.HIGHER_QUALITY), 60);
        assertEquals("B", ScoringEngine.rank(heavierPrice, ScoringEngineTest.SCHEDULE, bids).get(0).supplierName());
        List<Criterion> justBelow = rescale(rules.criteria(), "PRICE", new BigDecimal("67.7"));
        EvaluationRules slightlyHeavier = new EvaluationRules(justBelow, 5, PriceFormula.LOWEST_PRICE_RATIO, BigDecimal.ZERO,
                new BigDecimal("20"), List.of(TieBreak.HIGHER_QUALITY), 60);
        assertEquals("A", ScoringEngine.rank(slightlyHeavier, ScoringEngineTest.SCHEDULE, bids).get(0).supplierName());

        for (WeightSensitivity sensitivity : analysis) {
            assertTrue(sensitivity.lowestWeightKeepingWinner().compareTo(sensitivity.currentWeight()) <= 0, sensitivity.toString());
            assertTrue(sensitivity.highestWeightKeepingWinner().compareTo(sensitivity.currentWeight()) >= 0, sensitivity.toString());
        }
    }

    @Test
    void aWinnerBestOnEveryCriterionHoldsAcrossTheWholeRange() {
        EvaluationRules rules = ScoringEngineTest.workedExample();
        List<BidUnderEvaluation> bids = List.of(ScoringEngineTest.bid("Best", 5, 5, 5, "100", "0"),
                ScoringEngineTest.bid("Worse", 3, 3, 3, "200", "0"));
        for (WeightSensitivity sensitivity : SensitivityAnalysis.analyse(rules, bids,
                ScoringEngine.rank(rules, ScoringEngineTest.SCHEDULE, bids))) {
            assertEquals(0, BigDecimal.ZERO.compareTo(sensitivity.lowestWeightKeepingWinner()));
            assertEquals(0, new BigDecimal("100").compareTo(sensitivity.highestWeightKeepingWinner()));
            assertNull(sensitivity.challengerAbove());
            assertNull(sensitivity.challengerBelow());
        }
    }

    @Test
    void withFewerThanTwoRankedBidsThereIsNothingToCompare() {
        EvaluationRules rules = ScoringEngineTest.workedExample();
        List<BidUnderEvaluation> bids = List.of(ScoringEngineTest.bid("Only", 4, 4, 4, "1", "1"));
        assertTrue(SensitivityAnalysis.analyse(rules, bids, ScoringEngine.rank(rules, ScoringEngineTest.SCHEDULE, bids)).isEmpty());
    }

    /** The criteria with {@code code} at {@code weight} and the other weights rescaled to keep the sum at 100. */
    private static List<Criterion> rescale(List<Criterion> criteria, String code, BigDecimal weight) {
        BigDecimal current = criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().weight();
        BigDecimal factor = new BigDecimal("100").subtract(weight).divide(new BigDecimal("100").subtract(current),
                java.math.MathContext.DECIMAL128);
        List<Criterion> rescaled = new ArrayList<>();
        for (Criterion criterion : criteria) {
            if (criterion.kind() == Kind.PASS_FAIL) {
                rescaled.add(criterion);
            } else if (criterion.code().equals(code)) {
                rescaled.add(new Criterion(code, criterion.kind(), weight, criterion.minimumScore()));
            } else {
                rescaled.add(
                        new Criterion(criterion.code(), criterion.kind(), criterion.weight().multiply(factor), criterion.minimumScore()));
            }
        }
        return rescaled;
    }

}
