package uk.collabproc.procurement.tender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;

class LotRulesTest {

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("Q1", "Service design", CriterionKind.QUALITY, new BigDecimal("60"), null),
            new Criterion("PRICE", "Evaluated price", CriterionKind.PRICE, new BigDecimal("40"), null),
            new Criterion("CNSP", "HSCN CN-SP compliance", CriterionKind.PASS_FAIL, null, null));

    private static Lot lot(String number, List<String> organisations, List<String> sites, Map<String, BigDecimal> weights) {
        return new Lot(number, "Lot " + number, null, new BigDecimal("1000.00"), weights, organisations, sites);
    }

    private static Map<String, BigDecimal> weights(String q1, String price) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("Q1", new BigDecimal(q1));
        weights.put("PRICE", new BigDecimal(price));
        return weights;
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aTenderNotDividedBreaksNoLotRule() {
        assertTrue(LotRules.check(List.of(), CRITERIA).isEmpty());
        assertTrue(LotRules.check(null, CRITERIA).isEmpty());
        assertTrue(LotRules.checkAssignment(List.of(), List.of(new LotRules.ApprovedSite("S1", "RK9"))).isEmpty());
    }

    @Test
    void twoLotsNumberedInOrderWithTheirOwnWeightsAreValid() {
        assertTrue(LotRules.check(List.of(lot("1", List.of("RK9"), List.of(), null),
                lot("2", List.of("Y0001"), List.of("RK9-CLINIC"), weights("30", "70"))), CRITERIA).isEmpty());
    }

    @Test
    void aLotsWeightsNameExactlyTheWeightedCriteriaAndSumToAHundred() {
        List<Violation> missing = LotRules.check(List.of(lot("1", List.of("RK9"), List.of(), Map.of("Q1", BigDecimal.TEN)),
                lot("2", List.of("RH8"), List.of(), weights("30.5", "69.4"))), CRITERIA);

        assertEquals(List.of("lots[0].weights", "lots[1].weights"), fields(missing));
        assertTrue(missing.get(0).message().contains("exactly the QUALITY and PRICE criteria Q1, PRICE"), missing.get(0).message());
        assertTrue(missing.get(1).message().contains("they sum to 99.9"), missing.get(1).message());
    }

    @Test
    void anOrganisationOrASiteFallsInOneLotOnly() {
        List<Violation> twice = LotRules.check(List.of(lot("1", List.of("RK9"), List.of("S1"), null),
                lot("2", List.of("RK9"), List.of("S1"), null)), CRITERIA);

        assertEquals(List.of("lots[1].organisations[0]", "lots[1].siteCodes[0]"), fields(twice));
    }

    @Test
    void lotsAreNumberedFromOneInOrderAndEachNamesWhatFallsInIt() {
        List<Violation> misnumbered = LotRules.check(
                List.of(lot("2", List.of("RK9"), List.of(), null), lot("1", List.of(), List.of(), null)),
                CRITERIA);

        assertEquals(List.of("lots[0].number", "lots[1].number", "lots[1]"), fields(misnumbered));
    }

    @Test
    void aSiteNamedByALotGoesThereWhateverItsOrganisation() {
        List<Lot> lots = List.of(lot("1", List.of("RK9"), List.of(), null), lot("2", List.of("Y0001"), List.of("RK9-CLINIC"), null));

        assertEquals("2", LotRules.lotOf(lots, "RK9-CLINIC", "RK9").orElseThrow().number());
        assertEquals("1", LotRules.lotOf(lots, "RK9-DERRIFORD", "RK9").orElseThrow().number());
        assertTrue(LotRules.lotOf(lots, "RH8-WONFORD", "RH8").isEmpty());
    }

    @Test
    void atPublicationEveryRequirementFallsInALotAndEveryLotHasOne() {
        List<Lot> lots = List.of(lot("1", List.of("RK9"), List.of(), null), lot("2", List.of("Y0001"), List.of(), null));

        List<Violation> gaps = LotRules.checkAssignment(lots, List.of(new LotRules.ApprovedSite("RK9-A", "RK9"),
                new LotRules.ApprovedSite("RH8-A", "RH8")));

        assertEquals(List.of("lots", "lots[1]"), fields(gaps));
        assertTrue(gaps.get(0).message().startsWith("1 approved requirement(s) fall in no lot: RH8-A (RH8)"), gaps.get(0).message());
        assertTrue(LotRules.checkAssignment(lots, List.of(new LotRules.ApprovedSite("RK9-A", "RK9"),
                new LotRules.ApprovedSite("Y1-A", "Y0001"))).isEmpty());
    }
}
