package uk.collabproc.supplier.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the scoring engine needs of a published tender: the criteria, the scale, the price formula, the
 * thresholds, the tie-break list and the contract term (docs/domain.md#evaluation).
 */
public record EvaluationRules(
        List<Criterion> criteria,
        int scaleMax,
        PriceFormula priceFormula,
        BigDecimal qualityThresholdPercent,
        BigDecimal abnormallyLowPercent,
        List<TieBreak> tieBreak,
        int contractTermMonths) {

    public enum Kind {
        QUALITY,
        PRICE,
        PASS_FAIL
    }

    public enum PriceFormula {
        LOWEST_PRICE_RATIO,
        MEAN_RELATIVE,
        DEVIATION_FROM_LOWEST
    }

    public enum TieBreak {
        HIGHER_QUALITY,
        LOWER_PRICE
    }

    /** One criterion; {@code weight} is absent for PASS_FAIL, {@code minimumScore} optional for QUALITY. */
    public record Criterion(String code, Kind kind, BigDecimal weight, Integer minimumScore) {
    }

    /**
     * The rules of a lot with weights of its own: they replace the weight of each QUALITY and PRICE criterion, and must name
     * exactly those; everything else (kinds, minimum scores, scale, formula, thresholds, tie-break) stays the tender's.
     */
    public EvaluationRules withWeights(Map<String, BigDecimal> weights) {
        Set<String> weighted = criteria.stream().filter(c -> c.kind() != Kind.PASS_FAIL).map(Criterion::code).collect(Collectors.toSet());
        if (!weighted.equals(weights.keySet())) {
            throw new IllegalArgumentException("The weights name " + weights.keySet() + " but the weighted criteria are " + weighted);
        }
        List<Criterion> reweighted = criteria.stream()
                .map(c -> c.kind() == Kind.PASS_FAIL ? c : new Criterion(c.code(), c.kind(), weights.get(c.code()), c.minimumScore()))
                .toList();
        return new EvaluationRules(reweighted, scaleMax, priceFormula, qualityThresholdPercent, abnormallyLowPercent, tieBreak,
                contractTermMonths);
    }

    /** The weight of a QUALITY or PRICE criterion under these rules; null for PASS_FAIL or a code not among them. */
    public BigDecimal weightOf(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().map(Criterion::weight).orElse(null);
    }

    List<Criterion> ofKind(Kind kind) {
        return criteria.stream().filter(criterion -> criterion.kind() == kind).toList();
    }

    BigDecimal priceWeight() {
        return ofKind(Kind.PRICE).get(0).weight();
    }

    /** The available quality marks: the sum of the QUALITY weights. */
    BigDecimal qualityMarks() {
        return ofKind(Kind.QUALITY).stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
