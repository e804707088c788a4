package uk.collabproc.supplier.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import uk.collabproc.supplier.ranking.BidUnderEvaluation.PriceLine;
import uk.collabproc.supplier.ranking.EvaluationRules.PriceFormula;
import uk.collabproc.supplier.ranking.EvaluationRules.TieBreak;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties the ranking must keep whatever the bids are. */
class ScoringEnginePropertiesTest {

    @Property(tries = 200)
    void theRankingDoesNotDependOnTheOrderBidsArriveIn(@ForAll("bids") @Size(min = 1, max = 12) List<BidUnderEvaluation> bids,
            @ForAll("formulas") PriceFormula formula, @ForAll long seed) {
        EvaluationRules rules = ScoringEngineTest.rules(formula, List.of(TieBreak.HIGHER_QUALITY, TieBreak.LOWER_PRICE), "40");
        List<BidUnderEvaluation> shuffled = new ArrayList<>(bids);
        Collections.shuffle(shuffled, new Random(seed));

        assertEquals(ScoringEngine.rank(rules, ScoringEngineTest.SCHEDULE, bids),
                ScoringEngine.rank(rules, ScoringEngineTest.SCHEDULE, shuffled));
    }

    @Property(tries = 200)
    void scalingEveryPriceByOneFactorKeepsTheRankingUnderLowestPriceRatio(
            @ForAll("bids") @Size(min = 1, max = 12) List<BidUnderEvaluation> bids, @ForAll @IntRange(min = 2, max = 50) int factor) {
        EvaluationRules rules = ScoringEngineTest.rules(PriceFormula.LOWEST_PRICE_RATIO,
                List.of(TieBreak.HIGHER_QUALITY, TieBreak.LOWER_PRICE), "0");
        List<BidUnderEvaluation> scaled = bids.stream().map(bid -> new BidUnderEvaluation(bid.bidId(), bid.supplierId(),
                bid.supplierName(), bid.cnSpCompliant(), bid.prices().stream().map(line -> new PriceLine(line.lineId(),
                        line.oneOff().multiply(BigDecimal.valueOf(factor)), line.annual().multiply(BigDecimal.valueOf(factor))))
                        .toList(),
                bid.moderatedScores(), bid.passFail(), bid.abnormallyLowReview())).toList();

        List<RankedBid> original = ScoringEngine.rank(rules, ScoringEngineTest.SCHEDULE, bids);
        List<RankedBid> afterScaling = ScoringEngine.rank(rules, ScoringEngineTest.SCHEDULE, scaled);
        assertEquals(original.stream().map(RankedBid::bidId).toList(), afterScaling.stream().map(RankedBid::bidId).toList());
        assertEquals(original.stream().map(RankedBid::rank).toList(), afterScaling.stream().map(RankedBid::rank).toList());
        assertEquals(original.stream().map(RankedBid::outcome).toList(), afterScaling.stream().map(RankedBid::outcome).toList());
    }

    @Provide
    Arbitrary<PriceFormula> formulas() {
        return Arbitraries.of(PriceFormula.class);
    }

    @Provide
    Arbitrary<List<BidUnderEvaluation>> bids() {
        Arbitrary<Integer> score = Arbitraries.integers().between(0, 5);
        Arbitrary<BidUnderEvaluation> bid = Combinators.combine(score, score, score,
                Arbitraries.integers().between(0, 500_000), Arbitraries.integers().between(1, 300_000),
                Arbitraries.of(true, true, true, false), Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong())))
                .as((q1, q2, q3, oneOff, annual, cnSp, id) -> new BidUnderEvaluation(id, id, "Supplier " + id, cnSp,
                        List.of(new PriceLine("L-1", BigDecimal.valueOf(oneOff), BigDecimal.valueOf(annual))),
                        Map.of("Q1", q1, "Q2", q2, "Q3", q3), Map.of("CNSP", true), null));
        return bid.list().uniqueElements(BidUnderEvaluation::bidId);
    }
}
