package uk.collabproc.procurement.requirement;

/** How a site's connection survives a failure. */
public enum Resilience {
    /** One circuit. */
    SINGLE,
    /** Two circuits, which may share a route. */
    DUAL,
    /** Two circuits on physically separate routes into the site. */
    DUAL_DIVERSE
}
