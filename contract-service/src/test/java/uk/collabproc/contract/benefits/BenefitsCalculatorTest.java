package uk.collabproc.contract.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.collabproc.contract.benefits.BenefitsCalculator.Benefit;
import uk.collabproc.contract.benefits.BenefitsCalculator.Benefits;
import uk.collabproc.contract.benefits.BenefitsCalculator.SiteCosts;

class BenefitsCalculatorTest {

    /** Plymouth in the reference case: £31k a year on N3, £23k a year on HSCN for ten times the bandwidth, £8k one-off. */
    private static final List<SiteCosts> PLYMOUTH = List.of(
            site("RK9", "20000.00", 100, "15000.00", "5000.00", 1000),
            site("RK9", "11000.00", 40, "8000.00", "3000.00", 400));

    @Test
    void plymouthSavesAQuarterAYearAndAFifthOverFiveYears() {
        Benefit plymouth = BenefitsCalculator.calculate(PLYMOUTH, 60).organisations().get(0);

        assertEquals("RK9", plymouth.odsCode());
        assertEquals(new BigDecimal("31000.00"), plymouth.legacyAnnualCost());
        assertEquals(new BigDecimal("23000.00"), plymouth.newAnnualCost());
        assertEquals(new BigDecimal("8000.00"), plymouth.annualSaving());
        assertEquals(new BigDecimal("25.8"), plymouth.annualSavingPercent());
        assertEquals(new BigDecimal("155000.00"), plymouth.legacyCostOverTerm());
        assertEquals(new BigDecimal("123000.00"), plymouth.newCostOverTerm());
        assertEquals(new BigDecimal("20.6"), plymouth.termSavingPercent());
        assertEquals(new BigDecimal("10.0"), plymouth.bandwidthRatio());
    }

    @Test
    void theTotalAddsEveryOrganisationAndAPartYearTermCountsAsAFraction() {
        List<SiteCosts> sites = new java.util.ArrayList<>(PLYMOUTH);
        sites.add(site("RH8", "10000.00", 10, "12000.00", "0.00", 100));
        Benefits benefits = BenefitsCalculator.calculate(sites, 30);

        assertEquals(List.of("RH8", "RK9"), benefits.organisations().stream().map(Benefit::odsCode).toList());
        Benefit rh8 = benefits.organisations().get(0);
        assertEquals(new BigDecimal("-2000.00"), rh8.annualSaving(), "a site can cost more for far more bandwidth");
        assertEquals(new BigDecimal("-20.0"), rh8.annualSavingPercent());
        Benefit total = benefits.total();
        assertNull(total.odsCode());
        assertEquals(3, total.sites());
        assertEquals(new BigDecimal("41000.00"), total.legacyAnnualCost());
        assertEquals(new BigDecimal("102500.00"), total.legacyCostOverTerm(), "2.5 years");
        assertEquals(new BigDecimal("95500.00"), total.newCostOverTerm(), "8,000 one-off + 35,000 a year × 2.5");
        assertEquals(150, total.bandwidthBeforeMbps());
        assertEquals(1500, total.bandwidthAfterMbps());
    }

    @Test
    void nothingToCompareGivesNoPercentages() {
        Benefit total = BenefitsCalculator.calculate(List.of(site("RK9", "0.00", 0, "0.00", "0.00", 0)), 60).total();
        assertNull(total.annualSavingPercent());
        assertNull(total.bandwidthRatio());
    }

    private static SiteCosts site(String ods, String legacy, int legacyMbps, String annual, String oneOff, int mbps) {
        return new SiteCosts(ods, new BigDecimal(legacy), legacyMbps, new BigDecimal(annual), new BigDecimal(oneOff), mbps);
    }
}
