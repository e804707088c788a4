package uk.collabproc.procurement.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.procurement.procurement.Regime;

class TenderRulesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2017, 10, 2);

    private static Criterion quality(String code, String weight) {
        return new Criterion(code, "Quality " + code, CriterionKind.QUALITY, new BigDecimal(weight), null);
    }

    private static Criterion price(String weight) {
        return new Criterion("PRICE", "Evaluated price", CriterionKind.PRICE, new BigDecimal(weight), null);
    }

    private static Criterion passFail(String code) {
        return new Criterion(code, "Pass/fail " + code, CriterionKind.PASS_FAIL, null, null);
    }

    /** The worked example of docs/domain.md#worked-example, with a CN-SP pass/fail criterion. */
    private static List<Criterion> workedExample() {
        return new ArrayList<>(List.of(quality("Q1", "30"), quality("Q2", "20"), quality("Q3", "10"), price("40"), passFail("CNSP")));
    }

    private static EvaluationModel model(List<Criterion> criteria, String clarification, String tender) {
        return new EvaluationModel(criteria, 5, PriceFormula.LOWEST_PRICE_RATIO, BigDecimal.ZERO, new BigDecimal("20"), 2,
                EvaluationModel.DEFAULT_TIE_BREAK, Instant.parse(clarification), Instant.parse(tender));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void theWorkedExampleIsAValidTender() {
        assertEquals(List.of(), TenderRules.check(model(workedExample(), "2017-10-20T12:00:00Z", "2017-11-06T12:00:00Z"),
                Regime.PCR_2015, PUBLISHED));
    }

    @Test
    void weightsMustSumToExactlyOneHundred() {
        List<Criterion> criteria = workedExample();
        criteria.set(0, quality("Q1", "30.01"));
        List<Violation> violations = TenderRules.check(model(criteria, "2017-10-20T12:00:00Z", "2017-11-06T12:00:00Z"),
                Regime.PCR_2015, PUBLISHED);
        assertEquals(List.of("criteria"), fields(violations));
        assertTrue(violations.get(0).message().contains("100.01"), violations.toString());
    }

    @Test
    void decimalWeightsThatSumToOneHundredAreFine() {
        List<Criterion> criteria = List.of(quality("Q1", "33.33"), quality("Q2", "33.33"), price("33.34"));
        assertEquals(List.of(), TenderRules.check(model(criteria, "2017-10-20T12:00:00Z", "2017-11-06T12:00:00Z"),
                Regime.PCR_2015, PUBLISHED));
    }

    @Test
    void exactlyOnePriceCriterion() {
        List<Criterion> none = List.of(quality("Q1", "60"), quality("Q2", "40"));
        assertTrue(TenderRules.check(model(none, "2017-10-20T12:00:00Z", "2017-11-06T12:00:00Z"), Regime.PCR_2015, PUBLISHED)
                .stream().anyMatch(v -> v.message().contains("exactly one PRICE")));

        List<Criterion> two = List.of(quality("Q1", "60"), price("20"),
                new Criterion("PRICE2", "Second price", CriterionKind.PRICE, new BigDecimal("20"), null));
        assertTrue(TenderRules.check(model(two, "2017-10-20T12:00:00Z", "2017-11-06T12:00:00Z"), Regime.PCR_2015, PUBLISHED)
                .stream().anyMatch(v -> v.message().contains("it has 2")));
    }

    @Test
    void passFailCriteriaHaveNoWeightAndNoScore() {
        List<Criterion> criteria = workedExample();
        criteria.set(4, new Criterion("CNSP", "CN-SP", CriterionKind.PASS_FAIL, BigDecimal.ONE, 1));
        assertEquals(List.of("criteria[4].weight", "criteria[4].minimumScore"),
                fields(TenderRules.check(model(criteria, "2017-10-20T12:00:00Z", "2017-11-06T12:00:00Z"), Regime.PCR_2015, PUBLISHED)));
    }

    @Test
    void codesAreUniqueAndMinimumScoresWithinTheScale() {
        List<Criterion> criteria = workedExample();
        criteria.set(1, new Criterion("Q1", "Again Q1", CriterionKind.QUALITY, new BigDecimal("20"), 6));
        criteria.set(2, new Criterion("q3", "Lower case", CriterionKind.QUALITY, new BigDecimal("10"), -1));
        assertEquals(List.of("criteria[1].code", "criteria[1].minimumScore", "criteria[2].code", "criteria[2].minimumScore"),
                fields(TenderRules.check(model(criteria, "2017-10-20T12:00:00Z", "2017-11-06T12:00:00Z"), Regime.PCR_2015, PUBLISHED)));
    }

    @Test
    void parametersMustBeWithinTheirRanges() {
        EvaluationModel model = new EvaluationModel(workedExample(), 5, PriceFormula.MEAN_RELATIVE, new BigDecimal("101"),
                BigDecimal.ZERO, 6, List.of(TieBreak.LOWER_PRICE, TieBreak.LOWER_PRICE),
                Instant.parse("2017-10-20T12:00:00Z"), Instant.parse("2017-11-06T12:00:00Z"));
        assertEquals(List.of("qualityThresholdPercent", "abnormallyLowPercent", "discrepancyPoints", "tieBreak"),
                fields(TenderRules.check(model, Regime.PCR_2015, PUBLISHED)));
    }

    @Test
    void theClarificationDeadlineComesBeforeTheTenderDeadline() {
        assertEquals(List.of("clarificationDeadline"), fields(TenderRules.check(
                model(workedExample(), "2017-11-06T12:00:00Z", "2017-11-06T12:00:00Z"), Regime.PCR_2015, PUBLISHED)));
        assertEquals(List.of("clarificationDeadline"), fields(TenderRules.check(
                model(workedExample(), "2017-09-30T12:00:00Z", "2017-11-06T12:00:00Z"), Regime.PCR_2015, PUBLISHED)));
    }

    @Test
    void pcr2015NeedsThirtyDaysForElectronicTenders() {
        // Published 2 October 2017: the 1st of November is the earliest deadline.
        assertEquals(List.of(), TenderRules.check(model(workedExample(), "2017-10-20T12:00:00Z", "2017-11-01T00:00:00Z"),
                Regime.PCR_2015, PUBLISHED));
        List<Violation> violations = TenderRules.check(model(workedExample(), "2017-10-20T12:00:00Z", "2017-10-31T23:00:00Z"),
                Regime.PCR_2015, PUBLISHED);
        // 23:00 UTC on 31 October is still 31 October in London (GMT since the 29th).
        assertEquals(List.of("tenderDeadline"), fields(violations));
        assertTrue(violations.get(0).message().contains("2017-11-01"), violations.toString());
    }

    @Test
    void pa2023NeedsTwentyFiveDays() {
        LocalDate published = LocalDate.of(2025, 3, 3);
        assertEquals(List.of(), TenderRules.check(model(workedExample(), "2025-03-14T12:00:00Z", "2025-03-28T12:00:00Z"),
                Regime.PA_2023, published));
        assertEquals(List.of("tenderDeadline"), fields(TenderRules.check(
                model(workedExample(), "2025-03-14T12:00:00Z", "2025-03-27T12:00:00Z"), Regime.PA_2023, published)));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Criterion> criteria = List.of(quality("Q1", "50"), passFail("Q1"));
        List<Violation> violations = TenderRules.check(model(criteria, "2017-11-07T12:00:00Z", "2017-10-05T12:00:00Z"),
                Regime.PCR_2015, PUBLISHED);
        assertEquals(List.of("criteria[1].code", "criteria", "criteria", "tenderDeadline", "clarificationDeadline"), fields(violations));
    }
}
