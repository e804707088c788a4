package uk.collabproc.procurement.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RegimeTest {

    @Test
    void theProcurementActGovernsProceduresBegunFrom24February2025() {
        assertEquals(Regime.PCR_2015, Regime.governing(LocalDate.of(2017, 8, 1)));
        assertEquals(Regime.PCR_2015, Regime.governing(LocalDate.of(2025, 2, 23)));
        assertEquals(Regime.PA_2023, Regime.governing(LocalDate.of(2025, 2, 24)));
    }

    @Test
    void minimumTenderPeriodsForElectronicOpenProcedures() {
        assertEquals(LocalDate.of(2017, 11, 1), Regime.PCR_2015.earliestTenderDeadline(LocalDate.of(2017, 10, 2)));
        assertEquals(LocalDate.of(2018, 1, 4), Regime.PCR_2015.earliestTenderDeadline(LocalDate.of(2017, 12, 5)));
        assertEquals(LocalDate.of(2025, 3, 28), Regime.PA_2023.earliestTenderDeadline(LocalDate.of(2025, 3, 3)));
    }
}
