package uk.collabproc.testsupport.bodies;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/procurements/{id}/bids}. By default it answers the worked example's quality criteria
 * Q1 to Q3 and declares its pass/fail criterion PF1 met; the prices depend on the tender's pricing schedule, so a bid
 * starts without any.
 */
public final class BidBody extends RequestBody<BidBody> {

    public static final List<String> QUALITY = List.of("Q1", "Q2", "Q3");

    private BidBody() {
        withPrices(List.of());
        withAnswers(QUALITY.stream().map(code -> answer(code, "Our answer to " + code)).toList());
        withDeclarations(List.of(declaration("PF1", true, "HSCN CN-SP certificate 2017-041")));
    }

    public static BidBody bid() {
        return new BidBody();
    }

    /** A line's one-off and annual charges, written as decimals as the API takes them. */
    public static Map<String, Object> price(String lineId, String oneOff, String annual) {
        return Map.of("lineId", lineId, "oneOff", new BigDecimal(oneOff), "annual", new BigDecimal(annual));
    }

    public static Map<String, Object> answer(String criterionCode, String text) {
        return Map.of("criterionCode", criterionCode, "text", text);
    }

    public static Map<String, Object> declaration(String criterionCode, boolean met, String evidence) {
        return Map.of("criterionCode", criterionCode, "met", met, "evidence", evidence);
    }

    public BidBody withPrices(List<Map<String, Object>> prices) {
        return with("prices", new ArrayList<>(prices));
    }

    public BidBody withAnswers(List<Map<String, Object>> answers) {
        return with("answers", new ArrayList<>(answers));
    }

    public BidBody withDeclarations(List<Map<String, Object>> declarations) {
        return with("declarations", new ArrayList<>(declarations));
    }
}
