package uk.collabproc.supplier.bid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.testsupport.Refusals.assertInvalid;
import static uk.collabproc.testsupport.Refusals.assertRefused;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.supplier.procurement.PublishedTender;
import uk.collabproc.supplier.procurement.PublishedTender.Criterion;
import uk.collabproc.supplier.procurement.PublishedTender.PricingLine;

/** The bid's lifecycle: submitted, replaced, withdrawn, and what a withdrawn bid refuses. */
class BidLifecycleTest {

    private static final UUID PROCUREMENT = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();
    private static final PublishedTender TENDER = new PublishedTender(PROCUREMENT, "RK9", List.of(), PublishedTender.Regime.PCR_2015, 60,
            List.of(new Criterion("Q1", "Design", PublishedTender.Kind.QUALITY, new BigDecimal("60"), null),
                    new Criterion("PRICE", "Price", PublishedTender.Kind.PRICE, new BigDecimal("40"), null),
                    new Criterion("PF1", "CN-SP", PublishedTender.Kind.PASS_FAIL, null, null)),
            5, PublishedTender.PriceFormula.LOWEST_PRICE_RATIO, BigDecimal.ZERO, new BigDecimal("20"), 2,
            List.of(PublishedTender.TieBreak.HIGHER_QUALITY), Instant.parse("2017-11-06T12:00:00Z"),
            List.of(new PricingLine("L-1", "S1", "RK9")), true);
    private static final Instant SUBMITTED = Instant.parse("2017-10-20T09:00:00Z");
    private static final Instant LATER = Instant.parse("2017-10-27T09:00:00Z");

    private static BidRequest request(Long version, String price, String lineId) {
        return new BidRequest(version, List.of(new BidRequest.Price(lineId, new BigDecimal(price), new BigDecimal("23000.00"))),
                List.of(new BidRequest.Answer("Q1", "Our design")), List.of(new BidRequest.Declaration("PF1", true, "Certificate")));
    }

    private static Bid submitted() {
        Bid bid = Bid.submit(PROCUREMENT, SUPPLIER, request(null, "8000.00", "L-1"), SUBMITTED);
        bid.version = 0;
        return bid;
    }

    private static Bid withdrawn() {
        Bid bid = submitted();
        bid.withdraw(LATER);
        return bid;
    }

    @Test
    void aSubmittedBidIsActiveWithWhatTheSupplierSent() {
        Bid bid = submitted();

        assertTrue(bid.isActive());
        assertEquals(PROCUREMENT, bid.procurementId);
        assertEquals(SUPPLIER, bid.supplierId);
        assertEquals(List.of(new Bid.Price("L-1", new BigDecimal("8000.00"), new BigDecimal("23000.00"))), bid.prices);
        assertEquals(List.of(new Bid.Answer("Q1", "Our design")), bid.answers);
        assertEquals(List.of(new Bid.Declaration("PF1", true, "Certificate")), bid.declarations);
        assertEquals(SUBMITTED, bid.submittedAt);
        assertEquals(SUBMITTED, bid.updatedAt);
        assertNull(bid.withdrawnAt);
    }

    @Test
    void aBidThatAnswersTheTenderIsAccepted() {
        assertDoesNotThrow(() -> Bid.requireAnswers(TENDER, request(null, "8000.00", "L-1")));
    }

    @Test
    void aBidThatDoesNotAnswerTheTenderIsRefusedWithEveryProblem() {
        assertInvalid("The bid does not answer the tender: 2 problem(s)",
                List.of(Violation.ofBody("prices[0].lineId", "'L-9' is not a pricing-schedule line of this tender"),
                        Violation.ofBody("prices", "missing pricing-schedule line 'L-1'")),
                () -> Bid.requireAnswers(TENDER, request(null, "8000.00", "L-9")));
    }

    @Test
    void anActiveBidIsReplacedButKeepsWhenItWasSubmitted() {
        Bid bid = submitted();

        bid.replace(TENDER, request(0L, "7500.00", "L-1"), LATER);

        assertEquals(new BigDecimal("7500.00"), bid.prices.get(0).oneOff());
        assertEquals(LATER, bid.updatedAt);
        assertEquals(SUBMITTED, bid.submittedAt);
        assertTrue(bid.isActive());
    }

    @Test
    void replacingIsRefusedForAStaleVersion() {
        Bid bid = submitted();

        assertRefused(409, "Stale version", "The bid has changed since it was read; its current version is 0",
                () -> bid.replace(TENDER, request(3L, "7500.00", "L-1"), LATER));
        assertEquals(new BigDecimal("8000.00"), bid.prices.get(0).oneOff());
    }

    @Test
    void replacingIsRefusedWithoutTheVersionItReplaces() {
        Bid bid = submitted();

        assertInvalid("The change must say which version it is based on", List.of(Violation.ofBody("version", "must not be null")),
                () -> bid.replace(TENDER, request(null, "7500.00", "L-1"), LATER));
    }

    @Test
    void replacingIsRefusedWhenTheNewBidDoesNotAnswerTheTender() {
        Bid bid = submitted();

        assertInvalid("The bid does not answer the tender: 2 problem(s)",
                List.of(Violation.ofBody("prices[0].lineId", "'L-9' is not a pricing-schedule line of this tender"),
                        Violation.ofBody("prices", "missing pricing-schedule line 'L-1'")),
                () -> bid.replace(TENDER, request(0L, "7500.00", "L-9"), LATER));
        assertEquals("L-1", bid.prices.get(0).lineId());
    }

    @Test
    void replacingIsRefusedOnceWithdrawn() {
        Bid bid = withdrawn();

        assertRefused(409, "Bid withdrawn", "Bid " + bid.id + " has been withdrawn; submit a new bid instead",
                () -> bid.replace(TENDER, request(0L, "7500.00", "L-1"), LATER));
    }

    @Test
    void aWithdrawnBidIsNoLongerActiveAndSaysWhen() {
        Bid bid = withdrawn();

        assertFalse(bid.isActive());
        assertEquals(Bid.Status.WITHDRAWN, bid.status);
        assertEquals(LATER, bid.withdrawnAt);
        assertEquals(LATER, bid.updatedAt);
    }

    @Test
    void withdrawingIsRefusedOnceWithdrawn() {
        Bid bid = withdrawn();

        assertRefused(409, "Bid withdrawn", "Bid " + bid.id + " has been withdrawn; submit a new bid instead",
                () -> bid.withdraw(Instant.parse("2017-10-30T09:00:00Z")));
        assertEquals(LATER, bid.withdrawnAt);
    }
}
