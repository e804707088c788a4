package uk.collabproc.contract.casestudy;

import static uk.collabproc.contract.casestudy.CaseStudyText.change;
import static uk.collabproc.contract.casestudy.CaseStudyText.count;
import static uk.collabproc.contract.casestudy.CaseStudyText.date;
import static uk.collabproc.contract.casestudy.CaseStudyText.dates;
import static uk.collabproc.contract.casestudy.CaseStudyText.fte;
import static uk.collabproc.contract.casestudy.CaseStudyText.mbps;
import static uk.collabproc.contract.casestudy.CaseStudyText.money;
import static uk.collabproc.contract.casestudy.CaseStudyText.month;
import static uk.collabproc.contract.casestudy.CaseStudyText.months;
import static uk.collabproc.contract.casestudy.CaseStudyText.number;
import static uk.collabproc.contract.casestudy.CaseStudyText.percent;
import static uk.collabproc.contract.casestudy.CaseStudyText.term;
import static uk.collabproc.contract.casestudy.CaseStudyText.times;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.collabproc.contract.benefits.BenefitsCalculator;
import uk.collabproc.contract.benefits.MeasureFigures;

/**
 * The case study as its template shows it: every figure already in words and every bar already measured, since a
 * checked template does no arithmetic. Built from the data alone by {@link #of(CaseStudy)}.
 */
public record CaseStudyPage(
        String title,
        String organisationName,
        String introduction,
        List<String> keyBenefits,
        List<Stage> journey,
        Costs costs,
        Bandwidth bandwidth,
        List<Measure> measures,
        String preparedOn) {

    /** A stage of the journey: "Tender published", "2 October 2017", or a range; {@code planned} for a forecast. */
    public record Stage(String stage, String when, boolean planned) {
    }

    /** A labelled figure. */
    public record Line(String label, String value) {
    }

    /**
     * Before and after, a year and over the term; what the change took (one-off charges, own capital, effort) and what
     * it saves.
     */
    public record Costs(String term, String legacyAnnual, String newAnnual, String legacyOverTerm, String ownershipOverTerm,
            List<Line> outlay, List<Line> savings, BarChart annualChart) {
    }

    /** {@code costPerMbps} is absent when either network had no bandwidth to divide by. */
    public record Bandwidth(String before, String after, String ratio, String costPerMbps, BarChart chart) {
    }

    /**
     * A benefit measure's row and charts: baseline, target and latest side by side, and the months recorded after the
     * baseline. The trend's {@code trendWidth} (in % of its space) keeps a few months' columns as narrow as a year's.
     */
    public record Measure(String name, String unit, String clinicalService, String baseline, String baselinePeriod, String target,
            String latest, String latestPeriod, String change, String standing, BarChart levels, BarChart trend,
            String trendPeriod, String trendWidth) {

        public boolean measured() {
            return !trend.bars().isEmpty();
        }
    }

    /** Months of a trend that fill its space; fewer are drawn as narrow, more narrower. */
    static final int MONTHS_AT_FULL_WIDTH = 8;

    public static CaseStudyPage of(CaseStudy study) {
        return new CaseStudyPage(study.organisationName() + ": " + study.procurementTitle(), study.organisationName(),
                introduction(study), KeyBenefits.of(study),
                study.journey().stream().map(step -> new Stage(step.stage(), when(step, study.preparedOn()), step.planned())).toList(),
                costs(study), bandwidth(study.costs()), study.measures().stream().map(CaseStudyPage::measure).toList(),
                date(study.preparedOn()));
    }

    private static String introduction(CaseStudy study) {
        StringBuilder text = new StringBuilder()
                .append(study.organisationName()).append(" (").append(study.odsCode()).append(") was one of ")
                .append(count(study.partnerOrganisations())).append(study.partnerOrganisations() == 1 ? " organisation" : " organisations")
                .append(", with ").append(count(study.partnerSites())).append(study.partnerSites() == 1 ? " site" : " sites")
                .append(" between them, that bought together in ").append(study.procurementTitle())
                .append(" (").append(study.procurementReference()).append("), a procurement under ")
                .append(CaseStudyText.regime(study.regime()))
                .append(study.leadOrganisation() == null ? "" : " led by " + lead(study)).append(". ")
                .append(study.supplierName()).append(" won the contract for ").append(term(study.contractTermMonths()));
        if (study.contractStart() != null && study.contractEnd() != null) {
            text.append(", from ").append(date(study.contractStart())).append(" to ").append(date(study.contractEnd()));
        }
        return text.append('.').toString();
    }

    /** The lead by name when it is the organisation itself (the award records the lead by its ODS code). */
    private static String lead(CaseStudy study) {
        return study.leadOrganisation().equals(study.odsCode()) ? study.organisationName() : study.leadOrganisation();
    }

    /**
     * A stage's dates, or that they are not recorded (a stage procurement-service has no date for). A forecast still
     * ahead is planned; one already past that nobody marked met is said to be so, not passed off as done or as to come.
     */
    private static String when(CaseStudy.JourneyStep step, LocalDate preparedOn) {
        if (step.from() == null) {
            return "date not recorded";
        }
        String when = dates(step.from(), step.to());
        if (!step.planned()) {
            return when;
        }
        return when + (step.from().isBefore(preparedOn) ? " (forecast; not yet recorded as met)" : " (planned)");
    }

    private static Costs costs(CaseStudy study) {
        BenefitsCalculator.Benefit costs = study.costs();
        BenefitsCalculator.ProjectCosts project = study.projectCosts();
        boolean recorded = study.projectCostsRecorded() && project != null;
        String term = term(study.contractTermMonths());
        List<Line> outlay = new ArrayList<>();
        outlay.add(new Line("The supplier's one-off charges", money(costs.oneOffCharges())));
        outlay.add(new Line("Own capital outlay (equipment, cabling, site works)",
                recorded ? money(costs.ownCapitalOutlay()) : "not recorded"));
        outlay.add(new Line("Internal effort", recorded
                ? fte(project.effortFte()) + " × " + months(project.effortMonths()) + " at " + money(project.costPerFtePerYear())
                        + " a year = " + money(costs.internalEffortCost())
                : "not recorded"));
        outlay.add(new Line("New service over " + term + ": one-off and annual charges", money(costs.newCostOverTerm())));
        outlay.add(new Line("Total cost of ownership over " + term + (recorded ? ", with own capital and effort" : ""),
                money(costs.totalCostOfOwnership())));

        List<Line> savings = new ArrayList<>();
        savings.add(new Line("Saving a year", saving(costs.annualSaving(), costs.annualSavingPercent(), " a year")));
        savings.add(new Line("Net saving over " + term + " against the legacy " + money(costs.legacyCostOverTerm()),
                saving(costs.netTermSaving(), costs.netTermSavingPercent(), "")));
        savings.add(new Line("Payback period", payback(costs.paybackMonths(), recorded)));

        BarChart annual = BarChart.horizontal(List.of(
                new BarChart.Value("Before", costs.legacyAnnualCost(), money(costs.legacyAnnualCost()), "before"),
                new BarChart.Value("After", costs.newAnnualCost(), money(costs.newAnnualCost()), "after")));
        return new Costs(term, money(costs.legacyAnnualCost()), money(costs.newAnnualCost()), money(costs.legacyCostOverTerm()),
                money(costs.totalCostOfOwnership()), List.copyOf(outlay), List.copyOf(savings), annual);
    }

    /** "£8,000 (25.8 %)", or for a cost that rose "none: £2,000 more a year (20.0 % more)". */
    private static String saving(BigDecimal amount, BigDecimal percent, String period) {
        if (amount.signum() >= 0) {
            return money(amount) + (percent == null ? "" : " (" + percent(percent) + ")");
        }
        return "none: " + money(amount.negate()) + " more" + period + (percent == null ? "" : " (" + percent(percent) + " more)");
    }

    private static String payback(BigDecimal paybackMonths, boolean projectCostsRecorded) {
        if (paybackMonths == null) {
            return "no payback: the new service costs more a year";
        }
        if (paybackMonths.signum() == 0) {
            return "none needed: nothing was spent up front";
        }
        return CaseStudyText.computedMonths(paybackMonths) + (projectCostsRecorded ? "" : " (the one-off charges alone)");
    }

    private static Bandwidth bandwidth(BenefitsCalculator.Benefit costs) {
        String ratio = costs.bandwidthRatio() == null ? "none before" : times(costs.bandwidthRatio()) + " the bandwidth";
        String costPerMbps = costs.legacyCostPerMbps() == null || costs.newCostPerMbps() == null ? null
                : "A Mbps cost " + money(costs.legacyCostPerMbps()) + " a year before and costs " + money(costs.newCostPerMbps())
                        + " after";
        return new Bandwidth(mbps(costs.bandwidthBeforeMbps()), mbps(costs.bandwidthAfterMbps()), ratio, costPerMbps,
                BarChart.horizontal(List.of(
                        new BarChart.Value("Before", BigDecimal.valueOf(costs.bandwidthBeforeMbps()), mbps(costs.bandwidthBeforeMbps()),
                                "before"),
                        new BarChart.Value("After", BigDecimal.valueOf(costs.bandwidthAfterMbps()), mbps(costs.bandwidthAfterMbps()),
                                "after"))));
    }

    private static Measure measure(CaseStudy.MeasureResult measure) {
        MeasureFigures.OrganisationFigure figure = measure.figure();
        MeasureFigures.Reading baseline = figure.baseline();
        MeasureFigures.Reading latest = figure.latest();
        List<BarChart.Value> levels = new ArrayList<>();
        levels.add(new BarChart.Value("Baseline", baseline.value(), number(baseline.value()), "baseline"));
        if (figure.target() != null) {
            levels.add(new BarChart.Value("Target", figure.target(), number(figure.target()), "target"));
        }
        if (latest != null) {
            levels.add(new BarChart.Value("Latest", latest.value(), number(latest.value()),
                    worse(measure.direction(), latest.value(), baseline.value()) ? "worse" : "latest"));
        }
        BarChart trend = BarChart.columns(figure.trend().stream()
                .map(reading -> new BarChart.Value(CaseStudyText.shortMonth(reading.period()), reading.value(), number(reading.value()),
                        worse(measure.direction(), reading.value(), baseline.value()) ? "worse" : "month"))
                .toList());
        String trendWidth = BigDecimal.valueOf(Math.min(figure.trend().size(), MONTHS_AT_FULL_WIDTH) * 100L)
                .divide(BigDecimal.valueOf(MONTHS_AT_FULL_WIDTH), 1, RoundingMode.HALF_UP).toPlainString();
        String trendPeriod = latest == null ? "" : CaseStudyText.period(figure.trend().get(0).period(), latest.period());
        return new Measure(measure.name(), measure.unit(), service(measure.clinicalService()), number(baseline.value()),
                month(baseline.period()),
                figure.target() == null ? "–" : number(figure.target()), latest == null ? "–" : number(latest.value()),
                latest == null ? "" : month(latest.period()), figure.changePercent() == null ? "–" : change(figure.changePercent()),
                standing(figure.standing()), BarChart.horizontal(levels), trend, trendPeriod, trendWidth);
    }

    /** Whether a month's value is worse than the baseline: its bar is drawn in the colour that says so. */
    private static boolean worse(MeasureFigures.Direction direction, BigDecimal value, BigDecimal baseline) {
        int compared = value.compareTo(baseline);
        return direction == MeasureFigures.Direction.LOWER_IS_BETTER ? compared > 0 : compared < 0;
    }

    /** A standing in words a reader outside the suite understands. */
    static String standing(MeasureFigures.Standing standing) {
        return switch (standing) {
            case TARGET_MET -> "target met";
            case IMPROVING -> "better than the baseline, short of the target";
            case NO_CHANGE -> "no change from the baseline";
            case WORSE -> "worse than the baseline";
            case NOT_MEASURED -> "not yet measured";
        };
    }

    /** CRIS and PACS are read as their letters; DOCUMENT_TRANSFER as "Document transfer". */
    static String service(String clinicalService) {
        if (clinicalService == null || !clinicalService.contains("_")) {
            return clinicalService;
        }
        String words = clinicalService.replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
