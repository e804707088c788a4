package uk.collabproc.procurement.tender;

public enum CriterionKind {
    /** Scored by evaluators on the tender's scale; weighted. */
    QUALITY,
    /** The one criterion scored from evaluated prices by the price formula; weighted. */
    PRICE,
    /** Met or not; a bid that fails one is disqualified. Unweighted. */
    PASS_FAIL
}
