package uk.collabproc.supplier.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.supplier.procurement.PublishedTender;
import uk.collabproc.supplier.procurement.PublishedTender.Criterion;
import uk.collabproc.supplier.procurement.PublishedTender.PricingLine;

class BidRulesTest {

    private static final PublishedTender TENDER = new PublishedTender(UUID.randomUUID(), "RK9", List.of(), PublishedTender.Regime.PCR_2015,
            60,
            List.of(new Criterion("Q1", "Design", PublishedTender.Kind.QUALITY, new BigDecimal("60"), null),
                    new Criterion("PRICE", "Price", PublishedTender.Kind.PRICE, new BigDecimal("40"), null),
                    new Criterion("PF1", "CN-SP", PublishedTender.Kind.PASS_FAIL, null, null)),
            5, PublishedTender.PriceFormula.LOWEST_PRICE_RATIO, BigDecimal.ZERO, new BigDecimal("20"), 2,
            List.of(PublishedTender.TieBreak.HIGHER_QUALITY),
            Instant.parse("2017-11-06T12:00:00Z"),
            List.of(new PricingLine("L-1", "S1", "RK9"), new PricingLine("L-2", "S2", "RK9")), true);

    @Test
    void aBidThatPricesAnswersAndDeclaresEverythingOnceIsAccepted() {
        assertEquals(List.of(), BidRules.check(TENDER, request(List.of("L-2", "L-1"), List.of("Q1"), List.of("PF1"))));
    }

    @Test
    void everyMissingDuplicateAndUnknownEntryIsReported() {
        List<Violation> violations = BidRules.check(TENDER, request(List.of("L-1", "L-1", "L-9"), List.of("PRICE"), List.of("PF1", "Q1")));

        assertEquals(List.of(
                "prices[1].lineId: 'L-1' appears more than once",
                "prices[2].lineId: 'L-9' is not a pricing-schedule line of this tender",
                "prices: missing pricing-schedule line 'L-2'",
                "answers[0].criterionCode: 'PRICE' is not a QUALITY criterion of this tender",
                "answers: missing QUALITY criterion 'Q1'",
                "declarations[1].criterionCode: 'Q1' is not a PASS_FAIL criterion of this tender"),
                violations.stream().map(v -> v.field() + ": " + v.message()).toList());
    }

    private static BidRequest request(List<String> lines, List<String> answers, List<String> declarations) {
        return new BidRequest(null,
                lines.stream().map(line -> new BidRequest.Price(line, BigDecimal.ONE, BigDecimal.TEN)).toList(),
                answers.stream().map(code -> new BidRequest.Answer(code, "text")).toList(),
                declarations.stream().map(code -> new BidRequest.Declaration(code, true, "evidence")).toList());
    }
}
