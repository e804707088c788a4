package uk.collabproc.contract.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.contract.benefits.MeasureFigures.Direction;
import uk.collabproc.contract.benefits.MeasureFigures.MeasureFigure;
import uk.collabproc.contract.benefits.MeasureFigures.OrganisationFigure;
import uk.collabproc.contract.benefits.MeasureFigures.OrganisationReadings;
import uk.collabproc.contract.benefits.MeasureFigures.Reading;
import uk.collabproc.contract.benefits.MeasureFigures.Standing;

class MeasureFiguresTest {

    private static final MeasureFigures.Measure CRIS = new MeasureFigures.Measure(UUID.randomUUID(), "CRIS access issues", "issues a month",
            "CRIS", Direction.LOWER_IS_BETTER, true);

    /** Plymouth: 20 CRIS access issues a month before, 8 after, against a target of 10: down 60 %, target beaten. */
    @Test
    void crisAccessIssuesFellBySixtyPerCentPastTheTarget() {
        OrganisationFigure plymouth = MeasureFigures.figure(Direction.LOWER_IS_BETTER,
                readings("RK9", "20", "10", reading("2018-09", "12"), reading("2018-07", "15"), reading("2018-12", "8.0000")));

        assertEquals(reading("2018-12", "8"), plymouth.latest(), "the latest month, written as people write it");
        assertEquals(new BigDecimal("-12"), plymouth.change());
        assertEquals(new BigDecimal("-60.0"), plymouth.changePercent());
        assertEquals(new BigDecimal("120.0"), plymouth.targetProgressPercent(), "12 of the 10 it aimed to cut");
        assertEquals(Standing.TARGET_MET, plymouth.standing());
        assertEquals(List.of("2018-07", "2018-09", "2018-12"), plymouth.trend().stream().map(r -> r.period().toString()).toList());
    }

    /** Docman: 11 GP practices received electronic letters, 232 after; higher is better. */
    @Test
    void aRisingFigureIsBetterWhenHigherIsBetter() {
        OrganisationFigure docman = MeasureFigures.figure(Direction.HIGHER_IS_BETTER,
                readings("RK9", "11", "250", reading("2018-12", "232")));

        assertEquals(new BigDecimal("2009.1"), docman.changePercent());
        assertEquals(new BigDecimal("92.5"), docman.targetProgressPercent(), "221 of the 239 more practices it aims at");
        assertEquals(Standing.IMPROVING, docman.standing());
    }

    @Test
    void theStandingFollowsTheDirection() {
        assertEquals(Standing.WORSE, MeasureFigures.standing(Direction.LOWER_IS_BETTER, bd("10"), bd("5"), bd("11")));
        assertEquals(Standing.NO_CHANGE, MeasureFigures.standing(Direction.LOWER_IS_BETTER, bd("10"), bd("5"), bd("10")));
        assertEquals(Standing.TARGET_MET, MeasureFigures.standing(Direction.LOWER_IS_BETTER, bd("10"), bd("5"), bd("5")),
                "exactly on target");
        assertEquals(Standing.WORSE, MeasureFigures.standing(Direction.HIGHER_IS_BETTER, bd("10"), bd("20"), bd("9")));
        assertEquals(Standing.TARGET_MET, MeasureFigures.standing(Direction.HIGHER_IS_BETTER, bd("10"), bd("20"), bd("21")));
    }

    @Test
    void nothingRecordedIsNotMeasuredAndAZeroBaselineHasNoPercentage() {
        OrganisationFigure none = MeasureFigures.figure(Direction.LOWER_IS_BETTER, readings("RH8", "4", "2"));
        assertEquals(Standing.NOT_MEASURED, none.standing());
        assertNull(none.latest());
        assertNull(none.change());

        OrganisationFigure fromZero = MeasureFigures.figure(Direction.HIGHER_IS_BETTER, readings("RH8", "0", "0", reading("2018-12", "3")));
        assertNull(fromZero.changePercent(), "no % of nothing");
        assertNull(fromZero.targetProgressPercent(), "the target is the baseline: no way to go");
        assertEquals(Standing.TARGET_MET, fromZero.standing());
    }

    @Test
    void theRegionAddsTheReportingOrganisationsOfAMeasureThatAddsUp() {
        MeasureFigure figure = MeasureFigures.of(CRIS, List.of(
                readings("RK9", "20", "10", reading("2018-12", "8")),
                readings("RH8", "30", "20", reading("2018-12", "33")),
                readings("RA9", "40", "20")));

        assertEquals(List.of("RA9", "RH8", "RK9"), figure.organisations().stream().map(OrganisationFigure::odsCode).toList());
        assertEquals(new MeasureFigures.RegionFigure(3, 2, 1, 0, 1, new BigDecimal("50"), new BigDecimal("41"), new BigDecimal("-18.0")),
                figure.region(), "RA9 has not reported, so its baseline is not in the total");
    }

    @Test
    void aRateHasNoRegionalTotal() {
        MeasureFigures.Measure rate = new MeasureFigures.Measure(UUID.randomUUID(), "Letters sent electronically", "% of letters",
                "DOCUMENT_TRANSFER",
                Direction.HIGHER_IS_BETTER, false);
        MeasureFigure figure = MeasureFigures.of(rate, List.of(readings("RK9", "20", "80", reading("2018-12", "90")),
                readings("RH8", "50", "80", reading("2018-12", "60"))));

        assertEquals(2, figure.region().improving() + figure.region().targetMet());
        assertNull(figure.region().baselineTotal());
        assertNull(figure.region().changePercent());
    }

    private static OrganisationReadings readings(String ods, String baseline, String target, Reading... months) {
        return new OrganisationReadings(ods, reading("2017-06", baseline), bd(target), List.of(months));
    }

    private static Reading reading(String month, String value) {
        return new Reading(YearMonth.parse(month), bd(value));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
