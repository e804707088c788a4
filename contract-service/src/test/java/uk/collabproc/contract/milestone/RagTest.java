package uk.collabproc.contract.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RagTest {

    private static final LocalDate TODAY = LocalDate.parse("2018-04-02");
    private static final LocalDate BASELINE = LocalDate.parse("2018-05-01");
    private static final LocalDate LEGACY_END = LocalDate.parse("2018-12-31");
    private static final LocalDate CUTOVER = LocalDate.parse("2018-06-01");

    @Test
    void greenWhenForecastOnOrBeforeBaseline() {
        assertEquals(Rag.GREEN, Rag.of(BASELINE, BASELINE, null, CUTOVER, LEGACY_END, TODAY));
        assertEquals(Rag.GREEN, Rag.of(BASELINE, BASELINE.minusDays(3), null, CUTOVER, LEGACY_END, TODAY));
        assertEquals(Rag.GREEN, Rag.of(BASELINE, BASELINE, BASELINE.minusDays(1), CUTOVER, LEGACY_END, TODAY), "met early");
        assertEquals(Rag.GREEN, Rag.of(null, BASELINE, null, CUTOVER, LEGACY_END, TODAY), "no baseline saved yet");
    }

    @Test
    void amberWhenItSlipsButTheSiteStillCutsOverBeforeTheLegacyEnd() {
        assertEquals(Rag.AMBER, Rag.of(BASELINE, BASELINE.plusDays(1), null, CUTOVER, LEGACY_END, TODAY));
        assertEquals(Rag.AMBER, Rag.of(BASELINE, BASELINE, BASELINE.plusDays(2), CUTOVER, LEGACY_END, BASELINE.plusDays(5)), "met late");
        assertEquals(Rag.AMBER, Rag.of(BASELINE, BASELINE.plusDays(1), null, LEGACY_END.minusDays(1), LEGACY_END, TODAY));
    }

    @Test
    void redWhenTheSiteMissesTheLegacyEnd() {
        assertEquals(Rag.RED, Rag.of(BASELINE, BASELINE, null, LEGACY_END, LEGACY_END, TODAY),
                "cutting over on the day the legacy ends is too late");
        assertEquals(Rag.RED, Rag.of(BASELINE, BASELINE, null, LEGACY_END.plusDays(9), LEGACY_END, TODAY));
    }

    @Test
    void redWhenOverdueAndNotMetButNotOnceMet() {
        assertEquals(Rag.RED, Rag.of(BASELINE, BASELINE, null, CUTOVER, LEGACY_END, BASELINE.plusDays(1)));
        assertEquals(Rag.GREEN, Rag.of(BASELINE, BASELINE, BASELINE, CUTOVER, LEGACY_END, BASELINE.plusDays(30)));
        assertEquals(Rag.GREEN, Rag.of(BASELINE, BASELINE, null, CUTOVER, null, BASELINE), "due today is not overdue");
    }
}
