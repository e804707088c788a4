package uk.collabproc.supplier.bid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import uk.collabproc.common.problem.Violation;
import uk.collabproc.supplier.procurement.PublishedTender;

/**
 * Whether a bid answers the tender it is for: each pricing-schedule line priced exactly once, each QUALITY
 * criterion answered once, each PASS_FAIL criterion declared once, and nothing the tender does not ask for.
 * Every violation is reported, so that a supplier can mend a 2,000-line schedule in one go. A bid on a tender
 * divided into lots names the lots it is for and prices exactly their lines: the other lots' lines are not asked of it.
 */
public final class BidRules {

    private BidRules() {
    }

    public static List<Violation> check(PublishedTender tender, BidRequest bid) {
        List<Violation> violations = new ArrayList<>();
        Set<String> lots = lots(violations, tender, bid.lots() == null ? List.of() : bid.lots());
        Set<String> lines = new LinkedHashSet<>();
        tender.pricingSchedule().stream().filter(line -> !tender.divided() || lots.contains(line.lot()))
                .forEach(line -> lines.add(line.lineId()));
        if (tender.divided() && lots.isEmpty()) {
            // Which lines are asked for depends on the lots; until the bid names one, only lines the tender lacks are reported.
            Set<String> known = new HashSet<>();
            tender.pricingSchedule().forEach(line -> known.add(line.lineId()));
            for (int i = 0; i < bid.prices().size(); i++) {
                String lineId = bid.prices().get(i).lineId();
                if (!known.contains(lineId)) {
                    violations.add(
                            Violation.ofBody("prices[" + i + "].lineId", "'" + lineId + "' is not a pricing-schedule line of this tender"));
                }
            }
        } else {
            covers(violations, "prices", "lineId", bid.prices(), BidRequest.Price::lineId, lines, "pricing-schedule line", value -> tender
                    .pricingSchedule().stream().filter(line -> line.lineId().equals(value) && line.lot() != null).findFirst()
                    .map(line -> "'" + value + "' is a line of lot " + line.lot() + ", which this bid is not for"));
        }
        covers(violations, "answers", "criterionCode", bid.answers(), BidRequest.Answer::criterionCode,
                criteria(tender, PublishedTender.Kind.QUALITY), "QUALITY criterion", value -> Optional.empty());
        covers(violations, "declarations", "criterionCode", bid.declarations(), BidRequest.Declaration::criterionCode,
                criteria(tender, PublishedTender.Kind.PASS_FAIL), "PASS_FAIL criterion", value -> Optional.empty());
        return violations;
    }

    /**
     * The tender's lots that the bid names, each once. A tender not divided is bid on as a whole, so naming lots for it is
     * refused rather than ignored: the supplier believes it bids on something that does not exist.
     */
    private static Set<String> lots(List<Violation> violations, PublishedTender tender, List<String> named) {
        Set<String> lots = new LinkedHashSet<>();
        if (!tender.divided()) {
            if (!named.isEmpty()) {
                violations.add(Violation.ofBody("lots", "this tender is not divided into lots; send no lots"));
            }
            return lots;
        }
        String theLots = String.join(", ", tender.lotNumbers());
        if (named.isEmpty()) {
            violations.add(Violation.ofBody("lots", "this tender is divided into lots; name the lots the bid is for (of " + theLots + ")"));
        }
        for (int i = 0; i < named.size(); i++) {
            String lot = named.get(i);
            if (tender.lot(lot).isEmpty()) {
                violations
                        .add(Violation.ofBody("lots[" + i + "]", "'" + lot + "' is not a lot of this tender (its lots: " + theLots + ")"));
            } else if (!lots.add(lot)) {
                violations.add(Violation.ofBody("lots[" + i + "]", "'" + lot + "' appears more than once"));
            }
        }
        return lots;
    }

    private static Set<String> criteria(PublishedTender tender, PublishedTender.Kind kind) {
        Set<String> codes = new LinkedHashSet<>();
        tender.criteria().stream().filter(criterion -> criterion.kind() == kind).forEach(criterion -> codes.add(criterion.code()));
        return codes;
    }

    /** {@code elsewhere} says why a value not expected is refused where the tender knows it (a line of another lot). */
    private static <T> void covers(List<Violation> violations, String list, String key, List<T> entries, Function<T, String> keyOf,
            Set<String> expected, String what, Function<String, Optional<String>> elsewhere) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String value = keyOf.apply(entries.get(i));
            String field = list + "[" + i + "]." + key;
            if (!expected.contains(value)) {
                violations.add(
                        Violation.ofBody(field, elsewhere.apply(value).orElse("'" + value + "' is not a " + what + " of this tender")));
            } else if (!seen.add(value)) {
                violations.add(Violation.ofBody(field, "'" + value + "' appears more than once"));
            }
        }
        expected.stream().filter(value -> !seen.contains(value))
                .forEach(value -> violations.add(Violation.ofBody(list, "missing " + what + " '" + value + "'")));
    }
}
