package uk.collabproc.contract.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.contract.casestudy.KeyBenefitsTest.spaced;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.collabproc.contract.benefits.BenefitsCalculator.ProjectCosts;
import uk.collabproc.contract.benefits.BenefitsCalculator.SiteCosts;
import uk.collabproc.contract.benefits.MeasureFigures.Direction;
import uk.collabproc.contract.testing.CaseStudies;

/** The case study's figures in words and its bars measured, before any template sees them. */
class CaseStudyPageTest {

    @Test
    void plymouthsCostsBeforeAndAfterWithWhatItTookAndSaves() {
        CaseStudyPage page = CaseStudyPage.of(CaseStudies.plymouth());

        assertEquals("University Hospitals Plymouth NHS Trust: Devon HSCN connectivity", page.title());
        assertEquals("£31,000", page.costs().legacyAnnual());
        assertEquals("£23,000", page.costs().newAnnual());
        assertEquals("£155,000", page.costs().legacyOverTerm());
        assertEquals("£125,250", page.costs().ownershipOverTerm(), "8,000 + 5 × 23,000 + 0 capital + 2,250 effort");
        assertEquals(List.of("£8,000", "£0", "0.1 FTE × 6 months at £45,000 a year = £2,250", "£123,000", "£125,250"),
                page.costs().outlay().stream().map(line -> spaced(line.value())).toList());
        assertEquals(List.of("£8,000 (25.8 %)", "£29,750 (19.2 %)", "15.4 months"),
                page.costs().savings().stream().map(line -> spaced(line.value())).toList());
        assertEquals("10 × the bandwidth", spaced(page.bandwidth().ratio()));
        assertEquals("A Mbps cost £193.75 a year before and costs £14.38 after", spaced(page.bandwidth().costPerMbps()));
    }

    @Test
    void theJourneyInDatesWithItsForecastsMarked() {
        CaseStudyPage page = CaseStudyPage.of(CaseStudies.plymouth());

        assertEquals("1 August – 29 September 2017", page.journey().get(0).when());
        assertEquals("2 October 2017", page.journey().get(1).when());
        assertEquals("31 March 2019 (planned)", page.journey().get(6).when());
        assertTrue(page.journey().get(6).planned());
        assertEquals("15 October 2018", page.preparedOn());
    }

    /** A cutover forecast for August that nobody marked met by October is not "planned", nor passed off as done. */
    @Test
    void aForecastAlreadyPastThatNobodyMarkedMetSaysSo() {
        CaseStudy p = CaseStudies.plymouth();
        CaseStudy study = new CaseStudy(p.odsCode(), p.organisationName(), p.procurementTitle(), p.procurementReference(), p.regime(),
                p.leadOrganisation(), p.partnerOrganisations(), p.partnerSites(), p.supplierName(), p.contractStart(), p.contractEnd(),
                p.contractTermMonths(), List.of(new CaseStudy.JourneyStep("Last cutover", LocalDate.of(2018, 8, 6), null, true)), p.costs(),
                p.projectCosts(), p.projectCostsRecorded(), p.measures(), p.preparedOn());

        assertEquals("6 August 2018 (forecast; not yet recorded as met)", CaseStudyPage.of(study).journey().get(0).when());
    }

    @Test
    void aClinicalServiceReadsAsItsLettersOrItsWords() {
        assertEquals("CRIS", CaseStudyPage.service("CRIS"));
        assertEquals("Document transfer", CaseStudyPage.service("DOCUMENT_TRANSFER"));
    }

    @Test
    void theIntroductionNamesTheLeadRecordedByItsOdsCode() {
        CaseStudy plymouth = CaseStudies.plymouth();
        CaseStudy ledByCode = new CaseStudy(plymouth.odsCode(), plymouth.organisationName(), plymouth.procurementTitle(),
                plymouth.procurementReference(), plymouth.regime(), "RK9", plymouth.partnerOrganisations(), plymouth.partnerSites(),
                plymouth.supplierName(), plymouth.contractStart(), plymouth.contractEnd(), plymouth.contractTermMonths(),
                List.of(new CaseStudy.JourneyStep("Contract signed", null, null, false)), plymouth.costs(), plymouth.projectCosts(),
                plymouth.projectCostsRecorded(), plymouth.measures(), plymouth.preparedOn());

        CaseStudyPage page = CaseStudyPage.of(ledByCode);

        assertEquals("University Hospitals Plymouth NHS Trust (RK9) was one of 10 organisations, with 60 sites between them, that "
                + "bought together in Devon HSCN connectivity (UHP-2017-HSCN-01), a procurement under the Public Contracts Regulations "
                + "2015 led by University Hospitals Plymouth NHS Trust. MLL Telecom Ltd won the contract for five years, from "
                + "1 January 2018 to 31 December 2022.", page.introduction());
        assertEquals("date not recorded", page.journey().get(0).when());
    }

    @Test
    void barsAreSharesOfTheLargest() {
        CaseStudyPage page = CaseStudyPage.of(CaseStudies.plymouth());

        assertEquals(List.of("100.0", "74.2"), page.costs().annualChart().bars().stream().map(BarChart.Bar::length).toList(),
                "23,000 ÷ 31,000");
        assertEquals(List.of("10.0", "100.0"), page.bandwidth().chart().bars().stream().map(BarChart.Bar::length).toList());
        CaseStudyPage.Measure cris = page.measures().get(0);
        assertEquals(List.of("Baseline", "Target", "Latest"), cris.levels().bars().stream().map(BarChart.Bar::label).toList());
        assertEquals(List.of("100.0", "50.0", "40.0"), cris.levels().bars().stream().map(BarChart.Bar::length).toList());
        assertEquals(7, cris.trend().bars().size(), "one column a month, March to September 2018");
        assertEquals("32.0", cris.trend().bars().get(0).length(), "the largest month fills the column's height");
        assertEquals("Mar" + CaseStudyText.NBSP + "18", cris.trend().bars().get(0).label());
        assertEquals("March – September 2018", cris.trendPeriod());
        assertEquals("87.5", cris.trendWidth(), "7 months of the 8 that fill the chart's space");
    }

    @Test
    void eachMeasuresRowWithItsChangeAndStandingInWords() {
        List<CaseStudyPage.Measure> measures = CaseStudyPage.of(CaseStudies.plymouth()).measures();

        CaseStudyPage.Measure cris = measures.get(0);
        assertEquals(List.of("20", "June 2017", "10", "8", "September 2018", "-60.0 %", "target met"),
                List.of(cris.baseline(), cris.baselinePeriod(), cris.target(), cris.latest(), cris.latestPeriod(), spaced(cris.change()),
                        cris.standing()));
        assertEquals("+2,009.1 %", spaced(measures.get(2).change()), "11 to 232 practices");
    }

    @Test
    void withoutProjectCostsOrMeasurementsThePageSaysWhatIsNotRecorded() {
        List<SiteCosts> sites = List.of(
                new SiteCosts("RK9", new BigDecimal("31000.00"), 160, new BigDecimal("23000.00"), new BigDecimal("8000.00"), 1600));
        var unmeasured = CaseStudies.measure("CRIS access issues", "issues a month", "Radiology", Direction.LOWER_IS_BETTER, 20, 10);
        CaseStudyPage page = CaseStudyPage.of(CaseStudies.plymouth(sites, ProjectCosts.NONE, false, List.of(unmeasured)));

        assertEquals(List.of("£8,000", "not recorded", "not recorded", "£123,000", "£123,000"),
                page.costs().outlay().stream().map(CaseStudyPage.Line::value).toList());
        assertEquals("12.0 months (the one-off charges alone)", spaced(page.costs().savings().get(2).value()));
        CaseStudyPage.Measure cris = page.measures().get(0);
        assertFalse(cris.measured());
        assertEquals(List.of("–", "–", "not yet measured"), List.of(cris.latest(), cris.change(), cris.standing()));
    }

    @Test
    void barsWorseThanTheBaselineAreDrawnSoAndAFewMonthsStayNarrow() {
        var worse = CaseStudies.measure("PACS image-transfer problems", "problems a month", "Radiology", Direction.LOWER_IS_BETTER, 10, 3,
                9, 12);
        CaseStudyPage.Measure pacs = CaseStudyPage.of(CaseStudies.plymouth(List.of(
                new SiteCosts("RK9", new BigDecimal("31000.00"), 160, new BigDecimal("23000.00"), new BigDecimal("8000.00"), 1600)),
                ProjectCosts.NONE, false, List.of(worse))).measures().get(0);

        assertEquals(List.of("baseline", "target", "worse"), pacs.levels().bars().stream().map(BarChart.Bar::tone).toList());
        assertEquals(List.of("month", "worse"), pacs.trend().bars().stream().map(BarChart.Bar::tone).toList());
        assertEquals("25.0", pacs.trendWidth(), "2 months of 8");
        assertEquals("worse than the baseline", pacs.standing());
    }

    @Test
    void aCostThatRoseHasNoSavingAndNoPayback() {
        List<SiteCosts> dearer = List.of(
                new SiteCosts("RK9", new BigDecimal("10000.00"), 10, new BigDecimal("12000.00"), BigDecimal.ZERO, 100));
        CaseStudyPage page = CaseStudyPage.of(CaseStudies.plymouth(dearer, ProjectCosts.NONE, true, List.of()));

        assertEquals(List.of("none: £2,000 more a year (20.0 % more)", "none: £10,000 more (20.0 % more)",
                "no payback: the new service costs more a year"),
                page.costs().savings().stream().map(line -> spaced(line.value())).toList());
    }
}
