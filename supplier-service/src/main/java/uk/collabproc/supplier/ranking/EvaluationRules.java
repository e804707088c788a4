package uk.collabproc.supplier.ranking;

import java.math.BigDecimal;
import java.util.List;

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
