package uk.collabproc.contract.benefits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a benefit measure shows (docs/domain.md#benefits-realisation): per organisation the change from its baseline
 * to its latest month, in units and in %, how far it has come towards its target and whether it is better or worse,
 * judged by the measure's direction; and the region's roll-up. Exact inside; percentages with one decimal.
 */
public final class MeasureFigures {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private MeasureFigures() {
    }

    /** Whether the measure improves as it falls (access issues, failed transfers) or as it rises (practices reached). */
    @Schema(name = "BenefitDirection")
    public enum Direction {
        LOWER_IS_BETTER,
        HIGHER_IS_BETTER;

        /** Whether {@code value} is better than {@code than}. */
        boolean better(BigDecimal value, BigDecimal than) {
            int compared = value.compareTo(than);
            return this == LOWER_IS_BETTER ? compared < 0 : compared > 0;
        }
    }

    /** Where an organisation stands on a measure at its latest month. */
    @Schema(name = "BenefitStanding", description = "TARGET_MET: the latest month is at or beyond the target; IMPROVING: better than the baseline, short of "
            + "the target; NO_CHANGE: as the baseline; WORSE: worse than the baseline; NOT_MEASURED: nothing recorded yet")
    public enum Standing {
        TARGET_MET,
        IMPROVING,
        NO_CHANGE,
        WORSE,
        NOT_MEASURED
    }

    /** One month's value. */
    @Schema(name = "BenefitReading")
    public record Reading(
            @Schema(examples = "2018-09") YearMonth period,
            BigDecimal value) {
    }

    /** What the measure is. */
    public record Measure(UUID id, String name, String unit, String clinicalService, Direction direction, boolean additive) {
    }

    /** An organisation's baseline and target for the measure, and every month it recorded, in any order. */
    public record OrganisationReadings(String odsCode, Reading baseline, BigDecimal target, List<Reading> measurements) {
    }

    @Schema(name = "BenefitOrganisationFigure")
    public record OrganisationFigure(
            String odsCode,
            Reading baseline,
            BigDecimal target,
            @Schema(description = "The most recent month recorded; absent before any") Reading latest,
            @Schema(description = "latest − baseline, in the measure's unit") BigDecimal change,
            @Schema(description = "change as a % of the baseline; absent when the baseline is 0") BigDecimal changePercent,
            @Schema(description = "How far the latest month has come from the baseline towards the target, in %; 100 when met, above 100 beyond it") BigDecimal targetProgressPercent,
            Standing standing,
            @Schema(description = "Every month recorded, oldest first") List<Reading> trend) {
    }

    /** The region's roll-up of the organisations that set a baseline. Totals only for measures whose figures add up. */
    @Schema(name = "BenefitRegionFigure")
    public record RegionFigure(
            @Schema(description = "Organisations with a baseline and target") int organisations,
            @Schema(description = "Of those, how many recorded a month") int reporting,
            int targetMet,
            int improving,
            int worse,
            @Schema(description = "Sum of the reporting organisations' baselines; absent for a measure that does not add up (a rate)") BigDecimal baselineTotal,
            @Schema(description = "Sum of their latest months; absent for a measure that does not add up") BigDecimal latestTotal,
            @Schema(description = "The change of the total, as a % of the baseline total") BigDecimal changePercent) {
    }

    @Schema(name = "BenefitMeasureFigure")
    public record MeasureFigure(UUID measureId, String name, String unit, String clinicalService, Direction direction, boolean additive,
            List<OrganisationFigure> organisations, RegionFigure region) {
    }

    public static MeasureFigure of(Measure measure, List<OrganisationReadings> organisations) {
        List<OrganisationFigure> figures = organisations.stream().sorted(Comparator.comparing(OrganisationReadings::odsCode))
                .map(readings -> figure(measure.direction(), readings)).toList();
        return new MeasureFigure(measure.id(), measure.name(), measure.unit(), measure.clinicalService(), measure.direction(),
                measure.additive(), figures, region(measure, figures));
    }

    /** The figures of one organisation. */
    public static OrganisationFigure figure(Direction direction, OrganisationReadings readings) {
        List<Reading> trend = readings.measurements().stream().sorted(Comparator.comparing(Reading::period)).map(MeasureFigures::plain)
                .toList();
        Reading baseline = plain(readings.baseline());
        BigDecimal target = plain(readings.target());
        if (trend.isEmpty()) {
            return new OrganisationFigure(readings.odsCode(), baseline, target, null, null, null, null, Standing.NOT_MEASURED, trend);
        }
        Reading latest = trend.get(trend.size() - 1);
        BigDecimal change = latest.value().subtract(baseline.value());
        BigDecimal gap = target.subtract(baseline.value());
        return new OrganisationFigure(readings.odsCode(), baseline, target, latest, plain(change), percent(change, baseline.value()),
                percent(change, gap), standing(direction, baseline.value(), target, latest.value()), trend);
    }

    static Standing standing(Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (!direction.better(target, latest)) {
            return Standing.TARGET_MET;
        }
        if (direction.better(latest, baseline)) {
            return Standing.IMPROVING;
        }
        return latest.compareTo(baseline) == 0 ? Standing.NO_CHANGE : Standing.WORSE;
    }

    private static RegionFigure region(Measure measure, List<OrganisationFigure> figures) {
        List<OrganisationFigure> reporting = figures.stream().filter(figure -> figure.latest() != null).toList();
        int met = count(reporting, Standing.TARGET_MET);
        int improving = count(reporting, Standing.IMPROVING);
        int worse = count(reporting, Standing.WORSE);
        if (!measure.additive() || reporting.isEmpty()) {
            return new RegionFigure(figures.size(), reporting.size(), met, improving, worse, null, null, null);
        }
        BigDecimal baselines = reporting.stream().map(figure -> figure.baseline().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal latest = reporting.stream().map(figure -> figure.latest().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RegionFigure(figures.size(), reporting.size(), met, improving, worse, plain(baselines), plain(latest),
                percent(latest.subtract(baselines), baselines));
    }

    private static int count(List<OrganisationFigure> figures, Standing standing) {
        return (int) figures.stream().filter(figure -> figure.standing() == standing).count();
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, EXACT).setScale(1, RoundingMode.HALF_UP);
    }

    /** A value as people write it: 2, 2.5, 30000, never 2.0000 nor 3E+4. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Reading plain(Reading reading) {
        return reading == null ? null : new Reading(reading.period(), Objects.requireNonNull(plain(reading.value())));
    }
}
