package uk.collabproc.contract.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.collabproc.contract.benefits.BenefitsCalculator;
import uk.collabproc.contract.benefits.BenefitsCalculator.ProjectCosts;
import uk.collabproc.contract.benefits.BenefitsCalculator.SiteCosts;
import uk.collabproc.contract.benefits.MeasureFigures.Direction;
import uk.collabproc.contract.testing.CaseStudies;

/** The headlines a member publishes under its own name: told from the figures, honest when a figure went the wrong way. */
class KeyBenefitsTest {

    private static final List<SiteCosts> PLYMOUTH_SITES = List.of(
            new SiteCosts("RK9", new BigDecimal("20000.00"), 100, new BigDecimal("15000.00"), new BigDecimal("5000.00"), 1000),
            new SiteCosts("RK9", new BigDecimal("11000.00"), 60, new BigDecimal("8000.00"), new BigDecimal("3000.00"), 600));

    @Test
    void plymouthGotTenTimesTheBandwidthForAFifthLessAndEveryMeasureBeatItsTarget() {
        assertEquals(List.of(
                "10 × the bandwidth for 19.2 % less over five years",
                "£8,000 capital outlay and 0.1 FTE over 6 months, paid back in 15.4 months",
                "CRIS access issues down 60.0 % (20 to 8 issues a month), beyond the target of 10",
                "PACS image-transfer problems down 80.0 % (10 to 2 problems a month), beyond the target of 3",
                "GP practices receiving electronic letters up from 11 to 232 practices, beyond the target of 200"),
                spaced(KeyBenefits.of(CaseStudies.plymouth())));
    }

    @Test
    void aCostThatRoseIsSaidToBeMoreAndHasNoPayback() {
        List<SiteCosts> dearer = List.of(
                new SiteCosts("RK9", new BigDecimal("10000.00"), 10, new BigDecimal("12000.00"), BigDecimal.ZERO, 100));
        ProjectCosts own = new ProjectCosts(new BigDecimal("1500"), new BigDecimal("0.5"), new BigDecimal("3"), new BigDecimal("40000"));
        BenefitsCalculator.Benefit costs = BenefitsCalculator.calculate(dearer, java.util.Map.of("RK9", own), 30).organisations().get(0);

        assertEquals("10 × the bandwidth for 46.0 % more over 30 months",
                spaced(KeyBenefits.bandwidthForTheCost(costs, 30).orElseThrow()),
                "(25,000 legacy − 30,000 new − 1,500 capital − 5,000 effort) ÷ 25,000");
        assertEquals("£1,500 capital outlay and 0.5 FTE over 3 months", spaced(KeyBenefits.outlayAndEffort(costs, own, true)));
    }

    @Test
    void withoutProjectCostsTheOutlayIsTheOneOffChargesAndSaysWhatIsMissing() {
        var study = CaseStudies.plymouth(PLYMOUTH_SITES, ProjectCosts.NONE, false, List.of());

        assertEquals(List.of(
                "10 × the bandwidth for 20.6 % less over five years",
                "£8,000 in one-off charges; the organisation's own capital outlay and internal effort are not recorded"),
                spaced(KeyBenefits.of(study)), "the term saving is the supplier's prices alone; no payback claimed without own costs");
    }

    @Test
    void aMeasureWithNoMonthRecordedHasNoHeadline() {
        var unmeasured = CaseStudies.measure("CRIS access issues", "issues a month", "Radiology", Direction.LOWER_IS_BETTER, 20, 10);
        var study = CaseStudies.plymouth(PLYMOUTH_SITES, ProjectCosts.NONE, false, List.of(unmeasured));

        assertTrue(KeyBenefits.measure(unmeasured).isEmpty());
        assertEquals(2, KeyBenefits.of(study).size());
    }

    @Test
    void aMeasureThatWentTheWrongWayIsWorseThanTheBaseline() {
        var rising = CaseStudies.measure("PACS image-transfer problems", "problems a month", "Radiology", Direction.LOWER_IS_BETTER, 10, 3,
                11, 12);
        var falling = CaseStudies.measure("GP practices receiving electronic letters", "practices", "GP", Direction.HIGHER_IS_BETTER, 40,
                200, 30);

        assertEquals("PACS image-transfer problems up 20.0 % (10 to 12 problems a month), worse than the baseline",
                spaced(KeyBenefits.measure(rising).orElseThrow()));
        assertEquals("GP practices receiving electronic letters down 25.0 % (40 to 30 practices), worse than the baseline",
                spaced(KeyBenefits.measure(falling).orElseThrow()));
    }

    @Test
    void aMeasureShortOfItsTargetOrUnchangedSaysWhereItStands() {
        var improving = CaseStudies.measure("CRIS access issues", "issues a month", "Radiology", Direction.LOWER_IS_BETTER, 20, 10, 15);
        var unchanged = CaseStudies.measure("CRIS access issues", "", "Radiology", Direction.LOWER_IS_BETTER, 20, 10, 20);
        var met = CaseStudies.measure("CRIS access issues", "issues a month", "Radiology", Direction.LOWER_IS_BETTER, 20, 10, 10);

        assertEquals("CRIS access issues down 25.0 % (20 to 15 issues a month), short of the target of 10",
                spaced(KeyBenefits.measure(improving).orElseThrow()));
        assertEquals("CRIS access issues unchanged at 20, short of the target of 10", spaced(KeyBenefits.measure(unchanged).orElseThrow()));
        assertEquals("CRIS access issues down 50.0 % (20 to 10 issues a month), meeting the target of 10",
                spaced(KeyBenefits.measure(met).orElseThrow()));
    }

    @Test
    void theSameCostAndNoBandwidthBeforeAreSaidAsSuch() {
        List<SiteCosts> same = List.of(new SiteCosts("RK9", new BigDecimal("1200.00"), 0, new BigDecimal("1200.00"), BigDecimal.ZERO, 100));
        BenefitsCalculator.Benefit costs = BenefitsCalculator.calculate(same, 12).organisations().get(0);

        assertEquals("100 Mbps of bandwidth where there was none for the same cost over one year",
                spaced(KeyBenefits.bandwidthForTheCost(costs, 12).orElseThrow()));
        assertEquals("No capital outlay and no internal effort", spaced(KeyBenefits.outlayAndEffort(costs, ProjectCosts.NONE, true)),
                "no payback to claim when nothing was spent up front");
    }

    static String spaced(String text) {
        return text.replace(CaseStudyText.NBSP, ' ');
    }

    static List<String> spaced(List<String> texts) {
        return texts.stream().map(KeyBenefitsTest::spaced).toList();
    }
}
