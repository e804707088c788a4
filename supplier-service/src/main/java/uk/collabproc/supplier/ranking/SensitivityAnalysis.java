package uk.collabproc.supplier.ranking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import uk.collabproc.supplier.ranking.EvaluationRules.Criterion;
import uk.collabproc.supplier.ranking.EvaluationRules.Kind;
import uk.collabproc.supplier.ranking.RankedBid.Outcome;

/**
 * Weight sensitivity of a ranking. Each qualified bid earns, per weighted criterion, a fraction of that
 * criterion's marks (moderated score ÷ scale; price score ÷ price weight), which does not depend on the
 * weights. Moving one weight to w and rescaling the others makes every total linear in w, so the range in
 * which the winner stays ahead of each rival is found exactly. Which bids qualify is held as it is.
 */
public final class SensitivityAnalysis {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SensitivityAnalysis() {
    }

    /** One entry per QUALITY and PRICE criterion; empty when fewer than two bids are ranked. */
    public static List<WeightSensitivity> analyse(EvaluationRules rules, List<BidUnderEvaluation> bids, List<RankedBid> ranking) {
        List<RankedBid> ranked = ranking.stream().filter(r -> r.outcome() == Outcome.QUALIFIED).toList();
        if (ranked.size() < 2) {
            return List.of();
        }
        List<Criterion> weighted = rules.criteria().stream().filter(c -> c.kind() != Kind.PASS_FAIL).toList();
        Map<UUID, Map<String, BigDecimal>> fractions = new HashMap<>();
        for (RankedBid result : ranked) {
            BidUnderEvaluation bid = bids.stream().filter(b -> b.bidId().equals(result.bidId())).findFirst().orElseThrow();
            Map<String, BigDecimal> own = new HashMap<>();
            for (Criterion criterion : weighted) {
                own.put(criterion.code(), criterion.kind() == Kind.PRICE
                        ? result.priceScore().divide(criterion.weight(), EXACT)
                        : BigDecimal.valueOf(bid.moderatedScores().get(criterion.code())).divide(BigDecimal.valueOf(rules.scaleMax()),
                                EXACT));
            }
            fractions.put(result.bidId(), own);
        }
        UUID winner = ranked.get(0).bidId();
        List<WeightSensitivity> analysis = new ArrayList<>();
        for (Criterion moved : weighted) {
            analysis.add(range(moved, weighted, winner, fractions));
        }
        return analysis;
    }

    private static WeightSensitivity range(Criterion moved, List<Criterion> weighted, UUID winner,
            Map<UUID, Map<String, BigDecimal>> fractions) {
        BigDecimal current = moved.weight();
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = HUNDRED;
        UUID below = null;
        UUID above = null;
        BigDecimal others = HUNDRED.subtract(current);
        if (others.signum() == 0) {
            return new WeightSensitivity(moved.code(), current, low, high, null, null);
        }
        for (Map.Entry<UUID, Map<String, BigDecimal>> rival : fractions.entrySet()) {
            if (rival.getKey().equals(winner)) {
                continue;
            }
            // Winner's lead at weight w: w·a + (100 − w)·k, with a the lead on the moved criterion and k the
            // lead on the rest per point of the rest's weight.
            BigDecimal a = fraction(fractions, winner, moved).subtract(fraction(fractions, rival.getKey(), moved));
            BigDecimal rest = BigDecimal.ZERO;
            for (Criterion other : weighted) {
                if (!other.code().equals(moved.code())) {
                    rest = rest.add(other.weight()
                            .multiply(fraction(fractions, winner, other).subtract(fraction(fractions, rival.getKey(), other))));
                }
            }
            BigDecimal k = rest.divide(others, EXACT);
            BigDecimal slope = a.subtract(k);
            if (slope.signum() == 0) {
                continue;
            }
            BigDecimal crossing = HUNDRED.multiply(k).negate().divide(slope, EXACT);
            if (slope.signum() < 0 && crossing.compareTo(high) < 0) {
                high = crossing.max(BigDecimal.ZERO);
                above = rival.getKey();
            } else if (slope.signum() > 0 && crossing.compareTo(low) > 0) {
                low = crossing.min(HUNDRED);
                below = rival.getKey();
            }
        }
        return new WeightSensitivity(moved.code(), current, low, high, below, above);
    }

    private static BigDecimal fraction(Map<UUID, Map<String, BigDecimal>> fractions, UUID bid, Criterion criterion) {
        return Optional.ofNullable(fractions.get(bid).get(criterion.code())).orElse(BigDecimal.ZERO);
    }
}
