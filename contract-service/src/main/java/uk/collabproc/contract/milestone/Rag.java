package uk.collabproc.contract.milestone;

import java.time.LocalDate;

/**
 * Red, amber or green for one milestone (docs/domain.md#tracking-and-rag): green while it is forecast (or was met) on or before
 * its baseline; amber when it slips but its site still cuts over before the legacy end date; red when the site will
 * miss the legacy end date, or the milestone is overdue and not met.
 */
public enum Rag {
    GREEN,
    AMBER,
    RED;

    /**
     * @param baseline the date in the last saved baseline (absent before one is saved: nothing to slip against)
     * @param expected when it is now expected: the forecast, else the baseline
     * @param dateMet when it was met, if it was
     * @param siteCutover when the site is expected to cut over (its CUTOVER milestone's date met or expected)
     * @param legacyEnd when the legacy service ends (absent when the plan sets none)
     */
    public static Rag of(LocalDate baseline, LocalDate expected, LocalDate dateMet, LocalDate siteCutover, LocalDate legacyEnd,
            LocalDate today) {
        boolean missesLegacyEnd = legacyEnd != null && siteCutover != null && !siteCutover.isBefore(legacyEnd);
        boolean overdue = dateMet == null && expected != null && expected.isBefore(today);
        if (missesLegacyEnd || overdue) {
            return RED;
        }
        LocalDate actualOrExpected = dateMet != null ? dateMet : expected;
        if (baseline != null && actualOrExpected != null && actualOrExpected.isAfter(baseline)) {
            return AMBER;
        }
        return GREEN;
    }
}
