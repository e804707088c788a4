package uk.collabproc.procurement.tender;

/** Rules applied in order to bids with equal totals; bids still tied share a rank. */
public enum TieBreak {
    HIGHER_QUALITY,
    LOWER_PRICE
}
