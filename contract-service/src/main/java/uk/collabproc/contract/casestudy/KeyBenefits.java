package uk.collabproc.contract.casestudy;

import static uk.collabproc.contract.casestudy.CaseStudyText.fte;
import static uk.collabproc.contract.casestudy.CaseStudyText.money;
import static uk.collabproc.contract.casestudy.CaseStudyText.months;
import static uk.collabproc.contract.casestudy.CaseStudyText.number;
import static uk.collabproc.contract.casestudy.CaseStudyText.percent;
import static uk.collabproc.contract.casestudy.CaseStudyText.sentence;
import static uk.collabproc.contract.casestudy.CaseStudyText.term;
import static uk.collabproc.contract.casestudy.CaseStudyText.times;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.collabproc.contract.benefits.BenefitsCalculator;
import uk.collabproc.contract.benefits.MeasureFigures;

/**
 * The case study's headlines: what the organisation got for what it paid, and what changed for its clinical services.
 * Each sentence is told from the figures and says so when a figure went the wrong way, since a member publishes them
 * under its own name: more cost is "more", a worse measure "worse than the baseline".
 */
public final class KeyBenefits {

    private KeyBenefits() {
    }

    /** Bandwidth for the cost, the outlay and effort it took, then each measure that has a month recorded. */
    public static List<String> of(CaseStudy study) {
        List<String> headlines = new ArrayList<>();
        bandwidthForTheCost(study.costs(), study.contractTermMonths()).ifPresent(headlines::add);
        headlines.add(outlayAndEffort(study.costs(), study.projectCosts(), study.projectCostsRecorded()));
        study.measures().forEach(measure -> measure(measure).ifPresent(headlines::add));
        return List.copyOf(headlines);
    }

    /**
     * "10 × the bandwidth for 19.2 % less over five years": the bandwidth ratio and the net saving over the term (the
     * legacy cost against the whole cost of ownership). Nothing to say without bandwidth or a legacy cost to compare.
     */
    public static Optional<String> bandwidthForTheCost(BenefitsCalculator.Benefit costs, int contractTermMonths) {
        String bandwidth;
        if (costs.bandwidthRatio() != null) {
            bandwidth = costs.bandwidthRatio().compareTo(BigDecimal.ONE) == 0 ? "the same bandwidth"
                    : times(costs.bandwidthRatio()) + " the bandwidth";
        } else if (costs.bandwidthAfterMbps() > 0) {
            bandwidth = CaseStudyText.mbps(costs.bandwidthAfterMbps()) + " of bandwidth where there was none";
        } else {
            bandwidth = null;
        }
        BigDecimal saving = costs.netTermSavingPercent();
        if (saving == null) {
            return Optional.ofNullable(bandwidth).map(CaseStudyText::sentence);
        }
        String over = " over " + term(contractTermMonths);
        if (bandwidth == null) {
            return Optional.of((saving.signum() > 0 ? "Costs " + percent(saving) + " less"
                    : saving.signum() < 0 ? "Costs " + percent(saving) + " more" : "Costs the same") + over);
        }
        String cost = saving.signum() > 0 ? percent(saving) + " less" : saving.signum() < 0 ? percent(saving) + " more" : "the same cost";
        return Optional.of(sentence(bandwidth + " for " + cost + over));
    }

    /**
     * "£8,000 capital outlay and 0.1 FTE over 6 months, paid back in 15.4 months": the supplier's one-off charges and
     * the organisation's own capital, its internal effort, and the payback period when the organisation recorded its
     * project costs (without them a payback would leave out what it spent itself).
     */
    public static String outlayAndEffort(BenefitsCalculator.Benefit costs, BenefitsCalculator.ProjectCosts projectCosts,
            boolean projectCostsRecorded) {
        if (!projectCostsRecorded || projectCosts == null) {
            return money(costs.oneOffCharges()) + " in one-off charges; the organisation's own capital outlay and internal effort "
                    + "are not recorded";
        }
        BigDecimal capital = costs.oneOffCharges().add(costs.ownCapitalOutlay());
        String outlay = capital.signum() == 0 ? "No capital outlay" : money(capital) + " capital outlay";
        boolean effort = projectCosts.effortFte().signum() > 0 && projectCosts.effortMonths().signum() > 0;
        String headline = outlay + " and "
                + (effort ? fte(projectCosts.effortFte()) + " over " + months(projectCosts.effortMonths()) : "no internal effort");
        BigDecimal payback = costs.paybackMonths();
        return payback == null || payback.signum() == 0 ? headline : headline + ", paid back in " + CaseStudyText.computedMonths(payback);
    }

    /**
     * "CRIS access issues down 60.0 % (20 to 8 issues a month), beyond the target of 10": the change from the baseline
     * to the latest month, in % while that reads naturally (up to 100 %), else from and to ("up from 11 to 232
     * practices"); then where it stands against the target, or that it is worse than the baseline. Nothing before the
     * first month is recorded.
     */
    public static Optional<String> measure(CaseStudy.MeasureResult measure) {
        MeasureFigures.OrganisationFigure figure = measure.figure();
        if (figure.latest() == null) {
            return Optional.empty();
        }
        BigDecimal baseline = figure.baseline().value();
        BigDecimal latest = figure.latest().value();
        String unit = measure.unit() == null || measure.unit().isBlank() ? "" : " " + measure.unit();
        int moved = latest.compareTo(baseline);
        if (moved == 0) {
            return Optional.of(sentence(measure.name() + " unchanged at " + number(latest) + unit + against(measure)));
        }
        String way = moved < 0 ? "down" : "up";
        BigDecimal changePercent = figure.changePercent();
        String change = changePercent != null && changePercent.abs().compareTo(new BigDecimal("100")) <= 0
                ? way + " " + percent(changePercent) + " (" + number(baseline) + " to " + number(latest) + unit + ")"
                : way + " from " + number(baseline) + " to " + number(latest) + unit;
        boolean better = measure.direction() == MeasureFigures.Direction.LOWER_IS_BETTER ? moved < 0 : moved > 0;
        return Optional.of(sentence(measure.name() + " " + change + (better ? against(measure) : ", worse than the baseline")));
    }

    /** Where the latest month stands against the target, when it is not worse than the baseline. */
    private static String against(CaseStudy.MeasureResult measure) {
        MeasureFigures.OrganisationFigure figure = measure.figure();
        if (figure.target() == null) {
            return "";
        }
        int toTarget = figure.latest().value().compareTo(figure.target());
        boolean beyond = measure.direction() == MeasureFigures.Direction.LOWER_IS_BETTER ? toTarget < 0 : toTarget > 0;
        String target = "the target of " + number(figure.target());
        return toTarget == 0 ? ", meeting " + target : beyond ? ", beyond " + target : ", short of " + target;
    }
}
