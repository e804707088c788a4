package uk.collabproc.supplier.bid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.supplier.procurement.PublishedTender;

/**
 * Whether a bid answers the tender it is for: each pricing-schedule line priced exactly once, each QUALITY
 * criterion answered once, each PASS_FAIL criterion declared once, and nothing the tender does not ask for.
 * Every violation is reported, so that a supplier can mend a 2,000-line schedule in one go.
 */
public final class BidRules {

    private BidRules() {
    }

    public static List<Violation> check(PublishedTender tender, BidRequest bid) {
        List<Violation> violations = new ArrayList<>();
        Set<String> lines = new LinkedHashSet<>();
        tender.pricingSchedule().forEach(line -> lines.add(line.lineId()));
        covers(violations, "prices", "lineId", bid.prices(), BidRequest.Price::lineId, lines, "pricing-schedule line");
        covers(violations, "answers", "criterionCode", bid.answers(), BidRequest.Answer::criterionCode,
                criteria(tender, PublishedTender.Kind.QUALITY), "QUALITY criterion");
        covers(violations, "declarations", "criterionCode", bid.declarations(), BidRequest.Declaration::criterionCode,
                criteria(tender, PublishedTender.Kind.PASS_FAIL), "PASS_FAIL criterion");
        return violations;
    }

    private static Set<String> criteria(PublishedTender tender, PublishedTender.Kind kind) {
        Set<String> codes = new LinkedHashSet<>();
        tender.criteria().stream().filter(criterion -> criterion.kind() == kind).forEach(criterion -> codes.add(criterion.code()));
        return codes;
    }

    private static <T> void covers(List<Violation> violations, String list, String key, List<T> entries, Function<T, String> keyOf,
            Set<String> expected, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String value = keyOf.apply(entries.get(i));
            String field = list + "[" + i + "]." + key;
            if (!expected.contains(value)) {
                violations.add(Violation.ofBody(field, "'" + value + "' is not a " + what + " of this tender"));
            } else if (!seen.add(value)) {
                violations.add(Violation.ofBody(field, "'" + value + "' appears more than once"));
            }
        }
        expected.stream().filter(value -> !seen.contains(value))
                .forEach(value -> violations.add(Violation.ofBody(list, "missing " + what + " '" + value + "'")));
    }
}
