package uk.collabproc.contract.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.collabproc.contract.benefits.BenefitsCalculator;
import uk.collabproc.contract.benefits.BenefitsCalculator.ProjectCosts;
import uk.collabproc.contract.benefits.BenefitsCalculator.SiteCosts;
import uk.collabproc.contract.benefits.MeasureFigures;
import uk.collabproc.contract.benefits.MeasureFigures.Direction;
import uk.collabproc.contract.benefits.MeasureFigures.Reading;
import uk.collabproc.contract.casestudy.CaseStudy;
import uk.collabproc.contract.casestudy.CaseStudy.JourneyStep;
import uk.collabproc.contract.casestudy.CaseStudy.MeasureResult;

/**
 * Case studies to render, their figures worked out by the suite's own arithmetic ({@link BenefitsCalculator},
 * {@link MeasureFigures}) from what an organisation records: sites' costs and bandwidth, its project costs, a benefit
 * measure's baseline, target and months.
 */
public final class CaseStudies {

    public static final String PLYMOUTH = "RK9";
    private static final YearMonth BASELINE = YearMonth.of(2017, 6);
    /** Migrations began in March 2018; the measures were read every month from then. */
    private static final YearMonth FIRST_MONTH = YearMonth.of(2018, 3);

    private CaseStudies() {
    }

    /**
     * University Hospitals Plymouth NHS Trust in the Devon Collaborative (docs/domain.md#the-devon-collaborative): N3 at
     * £31,000 a year for 160 Mbps over its two connections, HSCN at £23,000 a year for 1,600 Mbps after £8,000 of one-off
     * charges; no capital of its own, 0.1 FTE for 6 months at £45,000 a year.
     */
    public static CaseStudy plymouth() {
        List<SiteCosts> sites = List.of(
                new SiteCosts(PLYMOUTH, new BigDecimal("20000.00"), 100, new BigDecimal("15000.00"), new BigDecimal("5000.00"), 1000),
                new SiteCosts(PLYMOUTH, new BigDecimal("11000.00"), 60, new BigDecimal("8000.00"), new BigDecimal("3000.00"), 600));
        ProjectCosts projectCosts = new ProjectCosts(BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("6"), new BigDecimal("45000"));
        return plymouth(sites, projectCosts, true, List.of(
                measure("CRIS access issues", "issues a month", "Radiology (CRIS)", Direction.LOWER_IS_BETTER, 20, 10,
                        19, 17, 15, 12, 11, 9, 8),
                measure("PACS image-transfer problems", "problems a month", "Radiology (PACS)", Direction.LOWER_IS_BETTER, 10, 3,
                        9, 8, 6, 5, 4, 3, 2),
                measure("GP practices receiving electronic letters", "practices", "GP correspondence (DOCMAN)",
                        Direction.HIGHER_IS_BETTER, 11, 200, 40, 85, 120, 160, 190, 215, 232)));
    }

    /** Plymouth's story with other costs or measures, the rest as {@link #plymouth()}. */
    public static CaseStudy plymouth(List<SiteCosts> sites, ProjectCosts projectCosts, boolean projectCostsRecorded,
            List<MeasureResult> measures) {
        int term = 60;
        BenefitsCalculator.Benefit costs = BenefitsCalculator
                .calculate(sites, projectCostsRecorded ? Map.of(PLYMOUTH, projectCosts) : Map.of(), term).organisations().get(0);
        return new CaseStudy(PLYMOUTH, "University Hospitals Plymouth NHS Trust", "Devon HSCN connectivity", "UHP-2017-HSCN-01",
                "PCR_2015", "University Hospitals Plymouth NHS Trust", 10, 60, "MLL Telecom Ltd", LocalDate.of(2018, 1, 1),
                LocalDate.of(2022, 12, 31), term,
                List.of(new JourneyStep("Requirements gathered with the region's trusts, CCGs and hospices", LocalDate.of(2017, 8, 1),
                        LocalDate.of(2017, 9, 29), false),
                        new JourneyStep("Tender published", LocalDate.of(2017, 10, 2), null, false),
                        new JourneyStep("Bids from eight suppliers evaluated and moderated", LocalDate.of(2017, 11, 7),
                                LocalDate.of(2017, 11, 30), false),
                        new JourneyStep("Contract awarded to MLL Telecom Ltd", LocalDate.of(2017, 12, 4), null, false),
                        new JourneyStep("Contract signed", LocalDate.of(2017, 12, 20), null, false),
                        new JourneyStep("Sites migrated to HSCN", LocalDate.of(2018, 3, 5), LocalDate.of(2018, 9, 28), false),
                        new JourneyStep("Legacy N3 connections ceased", LocalDate.of(2019, 3, 31), null, true)),
                costs, projectCosts, projectCostsRecorded, measures, LocalDate.of(2018, 10, 15));
    }

    /** A measure with its baseline in June 2017 and one reading a month from March 2018, oldest first. */
    public static MeasureResult measure(String name, String unit, String clinicalService, Direction direction, int baseline, int target,
            int... months) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < months.length; i++) {
            readings.add(new Reading(FIRST_MONTH.plusMonths(i), BigDecimal.valueOf(months[i])));
        }
        MeasureFigures.OrganisationFigure figure = MeasureFigures.figure(direction, new MeasureFigures.OrganisationReadings(PLYMOUTH,
                new Reading(BASELINE, BigDecimal.valueOf(baseline)), BigDecimal.valueOf(target), readings));
        return new MeasureResult(name, unit, clinicalService, direction, figure);
    }
}
