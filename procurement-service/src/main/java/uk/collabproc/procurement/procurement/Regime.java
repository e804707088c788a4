package uk.collabproc.procurement.procurement;

import java.time.LocalDate;

/**
 * The legal regime a procurement runs under, and the time limits that follow from it (docs/domain.md#regimes). The
 * suite takes tenders electronically only, with all documents available from publication, so the shorter
 * electronic minimum of each regime applies.
 */
public enum Regime {

    /**
     * Public Contracts Regulations 2015, open procedure: 35 days' minimum tender period, reduced by 5 days
     * where tenders are submitted electronically (reg. 27(4)).
     */
    PCR_2015(30),

    /**
     * Procurement Act 2023, open procedure: 25 days where tenders are submitted electronically and all
     * associated documents are available when the tender notice is published (s.54 and Sch. 6). Applies to
     * procedures begun on or after 24 February 2025.
     */
    PA_2023(25);

    /** The day the Procurement Act 2023 came into force for new procedures. */
    public static final LocalDate PA_2023_COMMENCEMENT = LocalDate.of(2025, 2, 24);

    private final int minimumTenderPeriodDays;

    Regime(int minimumTenderPeriodDays) {
        this.minimumTenderPeriodDays = minimumTenderPeriodDays;
    }

    public int minimumTenderPeriodDays() {
        return minimumTenderPeriodDays;
    }

    /** The earliest tender deadline for a tender published on {@code publication} (whole days after it). */
    public LocalDate earliestTenderDeadline(LocalDate publication) {
        return publication.plusDays(minimumTenderPeriodDays);
    }

    /** The regime that governs a procedure begun on that day. */
    public static Regime governing(LocalDate procedureStart) {
        return procedureStart.isBefore(PA_2023_COMMENCEMENT) ? PCR_2015 : PA_2023;
    }
}
