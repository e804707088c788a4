package uk.collabproc.supplier.bid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.supplier.procurement.PublishedTender;
import uk.collabproc.supplier.procurement.PublishedTender.Criterion;
import uk.collabproc.supplier.procurement.PublishedTender.Lot;
import uk.collabproc.supplier.procurement.PublishedTender.PricingLine;

/** A bid on a tender divided into lots names the lots it is for and prices exactly their lines. */
class BidRulesLotTest {

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("Q1", "Design", PublishedTender.Kind.QUALITY, new BigDecimal("60"), null),
            new Criterion("PRICE", "Price", PublishedTender.Kind.PRICE, new BigDecimal("40"), null));

    private static final PublishedTender DIVIDED = tender(List.of(new PricingLine("L-1", "S1", "RK9", "1"),
            new PricingLine("L-2", "S2", "RK9", "1"), new PricingLine("L-3", "S3", "Y00001", "2")),
            List.of(new Lot("1", "Trust sites", null), new Lot("2", "GP practices", Map.of("Q1", new BigDecimal("30"), "PRICE",
                    new BigDecimal("70")))));

    private static final PublishedTender WHOLE = tender(List.of(new PricingLine("L-1", "S1", "RK9"), new PricingLine("L-2", "S2", "RK9")),
            List.of());

    @Test
    void aBidOnOneLotPricesThatLotsLinesOnly() {
        assertEquals(List.of(), messages(DIVIDED, List.of("2"), List.of("L-3")));
        assertEquals(List.of(), messages(DIVIDED, List.of("1"), List.of("L-2", "L-1")));
    }

    @Test
    void aBidOnEveryLotPricesEveryLine() {
        assertEquals(List.of(), messages(DIVIDED, List.of("2", "1"), List.of("L-1", "L-2", "L-3")));
    }

    @Test
    void aLineOfALotTheBidIsNotForIsRefusedAndAMissingLineOfItsLotReported() {
        assertEquals(List.of("prices[1].lineId: 'L-3' is a line of lot 2, which this bid is not for",
                "prices: missing pricing-schedule line 'L-2'"), messages(DIVIDED, List.of("1"), List.of("L-1", "L-3")));
    }

    @Test
    void aDividedTendersBidNamesItsLotsEachOnce() {
        assertEquals(List.of("lots: this tender is divided into lots; name the lots the bid is for (of 1, 2)"),
                messages(DIVIDED, null, List.of("L-1")));
        assertEquals(List.of("lots: this tender is divided into lots; name the lots the bid is for (of 1, 2)"),
                messages(DIVIDED, List.of(), List.of()));
        assertEquals(List.of("lots[1]: '7' is not a lot of this tender (its lots: 1, 2)", "lots[2]: '2' appears more than once"),
                messages(DIVIDED, List.of("2", "7", "2"), List.of("L-3")));
    }

    @Test
    void aTenderNotDividedTakesNoLots() {
        assertEquals(List.of("lots: this tender is not divided into lots; send no lots"),
                messages(WHOLE, List.of("1"), List.of("L-1", "L-2")));
        assertEquals(List.of(), messages(WHOLE, List.of(), List.of("L-1", "L-2")));
        assertEquals(List.of(), messages(WHOLE, null, List.of("L-1", "L-2")));
    }

    private static List<String> messages(PublishedTender tender, List<String> lots, List<String> lines) {
        BidRequest bid = new BidRequest(null, lots,
                lines.stream().map(line -> new BidRequest.Price(line, BigDecimal.ONE, BigDecimal.TEN)).toList(),
                List.of(new BidRequest.Answer("Q1", "text")), List.of());
        return BidRules.check(tender, bid).stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    private static PublishedTender tender(List<PricingLine> schedule, List<Lot> lots) {
        return new PublishedTender(UUID.randomUUID(), "RK9", List.of(), PublishedTender.Regime.PCR_2015, 60, CRITERIA, 5,
                PublishedTender.PriceFormula.LOWEST_PRICE_RATIO, BigDecimal.ZERO, new BigDecimal("20"), 2,
                List.of(PublishedTender.TieBreak.HIGHER_QUALITY), Instant.parse("2017-11-06T12:00:00Z"), schedule, true, lots);
    }
}
