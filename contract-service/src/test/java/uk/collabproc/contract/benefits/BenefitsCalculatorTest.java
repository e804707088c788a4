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
        assertEquals(new BigDecimal("221.43"), plymouth.legacyCostPerMbps(), "£31,000 for 140 Mbps");
        assertEquals(new BigDecimal("16.43"), plymouth.newCostPerMbps(), "£23,000 for 1,400 Mbps");
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
        assertEquals(new BigDecimal("1000.00"), rh8.legacyCostPerMbps(), "£10,000 a year for 10 Mbps");
        assertEquals(new BigDecimal("120.00"), rh8.newCostPerMbps(), "£12,000 a year for 100 Mbps: each Mbps far cheaper");
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
        assertNull(total.legacyCostPerMbps());
        assertNull(total.newCostPerMbps());
    }

    private static SiteCosts site(String ods, String legacy, int legacyMbps, String annual, String oneOff, int mbps) {
        return new SiteCosts(ods, new BigDecimal(legacy), legacyMbps, new BigDecimal(annual), new BigDecimal(oneOff), mbps);
    }

    /** Plymouth's £8k one-off is the supplier's; with 0.1 FTE for 6 months at £45k a year the five years save 19.2 %, not 20.6 %. */
    @Test
    void ownProjectCostsJoinTheCostOfOwnershipAndThePayback() {
        BenefitsCalculator.ProjectCosts effort = new BenefitsCalculator.ProjectCosts(BigDecimal.ZERO, new BigDecimal("0.1"),
                new BigDecimal("6"),
                new BigDecimal("45000"));
        Benefit plymouth = BenefitsCalculator.calculate(PLYMOUTH, java.util.Map.of("RK9", effort), 60).organisations().get(0);

        assertEquals(new BigDecimal("8000.00"), plymouth.oneOffCharges());
        assertEquals(new BigDecimal("0.00"), plymouth.ownCapitalOutlay());
        assertEquals(new BigDecimal("2250.00"), plymouth.internalEffortCost(), "0.1 × 6 × 45,000 ÷ 12");
        assertEquals(new BigDecimal("123000.00"), plymouth.newCostOverTerm(), "the supplier's charges alone, as before");
        assertEquals(new BigDecimal("125250.00"), plymouth.totalCostOfOwnership());
        assertEquals(new BigDecimal("29750.00"), plymouth.netTermSaving());
        assertEquals(new BigDecimal("19.2"), plymouth.netTermSavingPercent());
        assertEquals(new BigDecimal("15.4"), plymouth.paybackMonths(), "10,250 up front ÷ 666.67 saved a month");
    }

    @Test
    void theTotalAddsEachOrganisationsCapitalAndEffortAtItsOwnCostPerFte() {
        List<SiteCosts> sites = new java.util.ArrayList<>(PLYMOUTH);
        sites.add(site("RH8", "10000.00", 10, "12000.00", "0.00", 100));
        Benefits benefits = BenefitsCalculator.calculate(sites, java.util.Map.of(
                "RK9",
                new BenefitsCalculator.ProjectCosts(new BigDecimal("1000.00"), new BigDecimal("0.5"), new BigDecimal("2"),
                        new BigDecimal("48000")),
                "RH8",
                new BenefitsCalculator.ProjectCosts(new BigDecimal("500.00"), new BigDecimal("1"), new BigDecimal("1"),
                        new BigDecimal("36000"))),
                60);

        assertEquals(new BigDecimal("1500.00"), benefits.total().ownCapitalOutlay());
        assertEquals(new BigDecimal("7000.00"), benefits.total().internalEffortCost(), "0.5 × 2 × 4,000 + 1 × 1 × 3,000");
        Benefit rh8 = benefits.organisations().get(0);
        assertNull(rh8.paybackMonths(), "RH8 pays more a year: nothing ever pays back");
        assertEquals(new BigDecimal("-13500.00"), rh8.netTermSaving(), "-10,000 over five years, 500 capital, 3,000 effort");
    }

    @Test
    void nothingUpFrontPaysBackAtOnce() {
        Benefit site = BenefitsCalculator.calculate(List.of(site("RK9", "12000.00", 10, "6000.00", "0.00", 100)), 12).total();
        assertEquals(new BigDecimal("0.0"), site.paybackMonths());
    }
}
