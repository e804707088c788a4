package uk.collabproc.procurement.tender;

/** How evaluated prices become price scores (docs/domain.md#price-score). */
public enum PriceFormula {
    /** Lowest price ÷ this price × price weight. */
    LOWEST_PRICE_RATIO,
    /** Price weight × (0.5 − (price − mean) ÷ mean), clamped to [0, price weight]. */
    MEAN_RELATIVE,
    /** Price weight × (1 − (price − lowest) ÷ lowest), clamped at 0. */
    DEVIATION_FROM_LOWEST
}
