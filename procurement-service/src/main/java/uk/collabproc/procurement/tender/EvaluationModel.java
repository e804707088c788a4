package uk.collabproc.procurement.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A tender's evaluation model and timetable with every default applied: what the rules check and what
 * is stored. Plain data, so that {@link TenderRules} can be tested without a database.
 */
public record EvaluationModel(
        List<Criterion> criteria,
        int scaleMax,
        PriceFormula priceFormula,
        BigDecimal qualityThresholdPercent,
        BigDecimal abnormallyLowPercent,
        int discrepancyPoints,
        List<TieBreak> tieBreak,
        Instant clarificationDeadline,
        Instant tenderDeadline) {

    public static final int DEFAULT_SCALE_MAX = 5;
    public static final PriceFormula DEFAULT_PRICE_FORMULA = PriceFormula.LOWEST_PRICE_RATIO;
    public static final BigDecimal DEFAULT_QUALITY_THRESHOLD_PERCENT = BigDecimal.ZERO;
    public static final BigDecimal DEFAULT_ABNORMALLY_LOW_PERCENT = new BigDecimal("20");
    public static final int DEFAULT_DISCREPANCY_POINTS = 2;
    public static final List<TieBreak> DEFAULT_TIE_BREAK = List.of(TieBreak.HIGHER_QUALITY, TieBreak.LOWER_PRICE);
}
