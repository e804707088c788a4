package uk.collabproc.supplier.ranking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import uk.collabproc.supplier.ranking.BidUnderEvaluation.PriceLine;
import uk.collabproc.supplier.ranking.BidUnderEvaluation.Review;
import uk.collabproc.supplier.ranking.EvaluationRules.Criterion;
import uk.collabproc.supplier.ranking.EvaluationRules.Kind;
import uk.collabproc.supplier.ranking.RankedBid.Outcome;

/**
 * Ranks bids exactly as docs/domain.md#evaluation defines it. Sums are exact; divisions keep 34 significant digits
 * (DECIMAL128), far beyond what any rounding for display or tie-break could notice. The result does not
 * depend on the order the bids are given in.
 */
public final class ScoringEngine {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWELVE = new BigDecimal("12");

    private ScoringEngine() {
    }

    /**
     * Every bid's result: qualified bids by rank, then those not yet evaluable, then the disqualified. Prices count only on
     * the lines of {@code pricingSchedule}: for a lot of a divided tender that is the lot's lines, so a bid on several lots
     * is priced, in each, for that lot alone.
     */
    public static List<RankedBid> rank(EvaluationRules rules, List<String> pricingSchedule, Collection<BidUnderEvaluation> bids) {
        List<Assessment> assessments = bids.stream().map(bid -> assess(rules, pricingSchedule, bid)).toList();

        // Abnormally low prices: flagged against the mean of the qualified bids; a rejected review
        // disqualifies; flags, lowest and mean are then computed once more over the bids still qualified.
        List<Assessment> qualified = qualified(assessments);
        BigDecimal firstMean = mean(qualified);
        for (Assessment assessment : qualified) {
            if (isAbnormallyLow(assessment, firstMean, rules) && assessment.bid.abnormallyLowReview() == Review.REJECTED) {
                assessment.abnormallyLow = true;
                assessment.reasons.add("Abnormally low price rejected after review");
            }
        }
        qualified = qualified(assessments);
        BigDecimal mean = mean(qualified);
        BigDecimal lowest = qualified.stream().map(a -> a.evaluatedPrice).min(Comparator.naturalOrder()).orElse(null);
        for (Assessment assessment : qualified) {
            assessment.abnormallyLow = isAbnormallyLow(assessment, mean, rules);
            assessment.priceScore = priceScore(rules, assessment.evaluatedPrice, lowest, mean);
            assessment.totalScore = assessment.qualityScore.add(assessment.priceScore);
        }

        List<Assessment> ranked = new ArrayList<>(qualified);
        Comparator<Assessment> order = rankingOrder(rules.tieBreak());
        ranked.sort(order.thenComparing(a -> a.bid.bidId()));
        List<RankedBid> results = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Assessment assessment = ranked.get(i);
            boolean tiedWithPrevious = i > 0 && order.compare(ranked.get(i - 1), assessment) == 0;
            assessment.rank = tiedWithPrevious ? ranked.get(i - 1).rank : i + 1;
            results.add(assessment.result(Outcome.QUALIFIED));
        }
        assessments.stream().filter(a -> a.reasons.isEmpty() && !a.evaluable)
                .sorted(Comparator.comparing(a -> a.bid.bidId()))
                .forEach(a -> results.add(a.result(Outcome.NOT_EVALUABLE)));
        assessments.stream().filter(a -> !a.reasons.isEmpty())
                .sorted(Comparator.comparing(a -> a.bid.bidId()))
                .forEach(a -> results.add(a.result(Outcome.DISQUALIFIED)));
        return results;
    }

    /** One-off charges plus the annual charges over the contract term (a 30-month term is 2.5 years). */
    public static BigDecimal evaluatedPrice(Collection<PriceLine> prices, int contractTermMonths) {
        BigDecimal oneOff = prices.stream().map(PriceLine::oneOff).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal annual = prices.stream().map(PriceLine::annual).reduce(BigDecimal.ZERO, BigDecimal::add);
        return oneOff.add(annual.multiply(BigDecimal.valueOf(contractTermMonths)).divide(TWELVE, EXACT));
    }

    /** A quality criterion's share of the marks: moderated score ÷ scaleMax × weight. */
    public static BigDecimal qualityMarks(int moderatedScore, int scaleMax, BigDecimal weight) {
        return BigDecimal.valueOf(moderatedScore).divide(BigDecimal.valueOf(scaleMax), EXACT).multiply(weight);
    }

    static BigDecimal priceScore(EvaluationRules rules, BigDecimal price, BigDecimal lowest, BigDecimal mean) {
        BigDecimal weight = rules.priceWeight();
        return switch (rules.priceFormula()) {
            case LOWEST_PRICE_RATIO -> price.signum() == 0 ? weight : lowest.divide(price, EXACT).multiply(weight);
            case MEAN_RELATIVE -> mean.signum() == 0 ? weight.multiply(HALF)
                    : clamp(weight.multiply(HALF.subtract(price.subtract(mean).divide(mean, EXACT))), weight);
            case DEVIATION_FROM_LOWEST -> lowest.signum() == 0 ? (price.signum() == 0 ? weight : BigDecimal.ZERO)
                    : clamp(weight.multiply(BigDecimal.ONE.subtract(price.subtract(lowest).divide(lowest, EXACT))), weight);
        };
    }

    private static BigDecimal clamp(BigDecimal score, BigDecimal weight) {
        return score.max(BigDecimal.ZERO).min(weight);
    }

    private static Assessment assess(EvaluationRules rules, List<String> pricingSchedule, BidUnderEvaluation bid) {
        Assessment assessment = new Assessment(bid);
        for (Criterion criterion : rules.ofKind(Kind.PASS_FAIL)) {
            if (!Boolean.TRUE.equals(bid.passFail().get(criterion.code()))) {
                assessment.reasons.add("Failed pass/fail criterion " + criterion.code());
            }
        }
        if (!bid.cnSpCompliant()) {
            assessment.reasons.add("Supplier is not an HSCN Consumer Network Service Provider (CN-SP)");
        }
        Set<String> priced = new HashSet<>();
        bid.prices().forEach(line -> priced.add(line.lineId()));
        List<String> missing = pricingSchedule.stream().filter(line -> !priced.contains(line)).toList();
        if (!missing.isEmpty()) {
            assessment.reasons.add("Incomplete pricing schedule: " + missing.size() + " line(s) not priced");
        }
        Set<String> schedule = new HashSet<>(pricingSchedule);
        assessment.evaluatedPrice = evaluatedPrice(bid.prices().stream().filter(line -> schedule.contains(line.lineId())).toList(),
                rules.contractTermMonths());

        BigDecimal quality = BigDecimal.ZERO;
        for (Criterion criterion : rules.ofKind(Kind.QUALITY)) {
            Integer score = bid.moderatedScores().get(criterion.code());
            if (score == null) {
                assessment.evaluable = false;
                continue;
            }
            if (criterion.minimumScore() != null && score < criterion.minimumScore()) {
                assessment.reasons.add("Moderated score " + score + " on " + criterion.code() + " is below the minimum of "
                        + criterion.minimumScore());
            }
            quality = quality.add(qualityMarks(score, rules.scaleMax(), criterion.weight()));
        }
        assessment.qualityScore = quality;
        if (assessment.evaluable && rules.qualityThresholdPercent().signum() > 0) {
            BigDecimal threshold = rules.qualityMarks().multiply(rules.qualityThresholdPercent()).divide(HUNDRED, EXACT);
            if (quality.compareTo(threshold) < 0) {
                assessment.reasons.add("Quality score " + quality.stripTrailingZeros().toPlainString() + " is below the threshold of "
                        + rules.qualityThresholdPercent().stripTrailingZeros().toPlainString() + "% of the quality marks");
            }
        }
        return assessment;
    }

    private static List<Assessment> qualified(List<Assessment> assessments) {
        return assessments.stream().filter(a -> a.reasons.isEmpty() && a.evaluable).toList();
    }

    private static BigDecimal mean(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return null;
        }
        return assessments.stream().map(a -> a.evaluatedPrice).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(assessments.size()), EXACT);
    }

    /** More than {@code abnormallyLowPercent} below the mean evaluated price. */
    private static boolean isAbnormallyLow(Assessment assessment, BigDecimal mean, EvaluationRules rules) {
        BigDecimal limit = mean.multiply(BigDecimal.ONE.subtract(rules.abnormallyLowPercent().divide(HUNDRED, EXACT)));
        return assessment.evaluatedPrice.compareTo(limit) < 0;
    }

    /**
     * Higher total first, then the tender's tie-break rules; bids equal on all of them tie. Scores are
     * compared at 20 decimal places: far finer than any real difference, yet coarse enough that two
     * mathematically equal scores reached by different divisions compare equal.
     */
    private static Comparator<Assessment> rankingOrder(List<EvaluationRules.TieBreak> tieBreak) {
        Comparator<Assessment> order = Comparator.comparing((Assessment a) -> comparable(a.totalScore)).reversed();
        for (EvaluationRules.TieBreak rule : tieBreak) {
            order = switch (rule) {
                case HIGHER_QUALITY -> order.thenComparing(Comparator.comparing((Assessment a) -> comparable(a.qualityScore)).reversed());
                case LOWER_PRICE -> order.thenComparing(a -> a.evaluatedPrice);
            };
        }
        return order;
    }

    private static BigDecimal comparable(BigDecimal score) {
        return score.setScale(20, java.math.RoundingMode.HALF_EVEN);
    }

    /** The working state of one bid while it is ranked. */
    private static final class Assessment {
        final BidUnderEvaluation bid;
        final List<String> reasons = new ArrayList<>();
        boolean evaluable = true;
        boolean abnormallyLow;
        BigDecimal evaluatedPrice;
        BigDecimal qualityScore;
        BigDecimal priceScore;
        BigDecimal totalScore;
        Integer rank;

        Assessment(BidUnderEvaluation bid) {
            this.bid = bid;
        }

        RankedBid result(Outcome outcome) {
            boolean ranked = outcome == Outcome.QUALIFIED;
            return new RankedBid(rank, bid.bidId(), bid.supplierId(), bid.supplierName(), outcome, evaluatedPrice,
                    evaluable ? qualityScore : null, ranked ? priceScore : null, ranked ? totalScore : null,
                    abnormallyLow, List.copyOf(reasons));
        }
    }

    /** For tests and callers that key results by bid. */
    public static Map<UUID, RankedBid> byBid(List<RankedBid> results) {
        Map<UUID, RankedBid> map = new LinkedHashMap<>();
        results.forEach(result -> map.put(result.bidId(), result));
        return map;
    }
}
