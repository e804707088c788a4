package uk.collabproc.procurement.tender;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import uk.collabproc.common.problem.Violation;

/**
 * The rules of a tender's division into lots (docs/domain.md#lots): checked with the tender when it is saved and
 * published, and, at publication, against the approved requirements, each of which must fall in exactly one lot.
 */
public final class LotRules {

    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,5}");
    private static final Pattern SITE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int MAXIMUM_LOTS = 50;

    /** A site with an approved requirement, as the assignment to lots sees it. */
    public record ApprovedSite(String siteCode, String odsCode) {
    }

    private LotRules() {
    }

    /** Every violation of the lots themselves; no lots is a tender not divided, which breaks none. */
    public static List<Violation> check(List<Lot> lots, List<Criterion> criteria) {
        List<Violation> violations = new ArrayList<>();
        if (lots == null || lots.isEmpty()) {
            return violations;
        }
        if (lots.size() == 1) {
            violations.add(
                    Violation.ofBody("lots", "a tender divided into lots has at least two; leave lots empty for a tender not divided"));
        }
        if (lots.size() > MAXIMUM_LOTS) {
            violations.add(Violation.ofBody("lots", "has " + lots.size() + " lots; at most " + MAXIMUM_LOTS));
            return violations;
        }
        Map<String, String> lotOfOrganisation = new HashMap<>();
        Map<String, String> lotOfSite = new HashMap<>();
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            String at = "lots[" + i + "]";
            if (lot == null) {
                violations.add(Violation.ofBody(at, "must not be null"));
                continue;
            }
            String number = String.valueOf(i + 1);
            if (!number.equals(lot.number())) {
                violations.add(Violation.ofBody(at + ".number", "must be " + number + ": lots are numbered 1, 2, 3 … in order"));
            }
            if (lot.title() == null || lot.title().isBlank() || lot.title().length() > 200) {
                violations.add(Violation.ofBody(at + ".title", "must be 1 to 200 characters"));
            }
            if (lot.description() != null && lot.description().length() > 4000) {
                violations.add(Violation.ofBody(at + ".description", "must be at most 4000 characters"));
            }
            if (lot.estimatedValue() != null && (lot.estimatedValue().signum() <= 0 || lot.estimatedValue().scale() > 2
                    || lot.estimatedValue().precision() - lot.estimatedValue().scale() > 12)) {
                violations.add(Violation.ofBody(at + ".estimatedValue", "must be a positive amount in GBP with at most two decimals"));
            }
            checkWeights(lot.weights(), criteria, at + ".weights", violations);
            if (lot.organisations().isEmpty() && lot.siteCodes().isEmpty()) {
                violations.add(Violation.ofBody(at, "must name the organisations or the sites whose requirements fall in it"));
            }
            for (int j = 0; j < lot.organisations().size(); j++) {
                String ods = lot.organisations().get(j);
                if (ods == null || !ODS_CODE.matcher(ods).matches()) {
                    violations.add(Violation.ofBody(at + ".organisations[" + j + "]",
                            "must be an ODS code: 3 to 5 upper-case letters and digits"));
                } else if (lotOfOrganisation.putIfAbsent(ods, lot.number()) != null) {
                    violations.add(Violation.ofBody(at + ".organisations[" + j + "]", ods + " is named by lot " + lotOfOrganisation.get(ods)
                            + " already; an organisation falls in one lot, and single sites may be placed in another by siteCodes"));
                }
            }
            for (int j = 0; j < lot.siteCodes().size(); j++) {
                String site = lot.siteCodes().get(j);
                if (site == null || !SITE_CODE.matcher(site).matches()) {
                    violations.add(Violation.ofBody(at + ".siteCodes[" + j + "]",
                            "must be a site code: 2 to 20 upper-case letters, digits and hyphens"));
                } else if (lotOfSite.putIfAbsent(site, lot.number()) != null) {
                    violations.add(
                            Violation.ofBody(at + ".siteCodes[" + j + "]", site + " is placed in lot " + lotOfSite.get(site) + " already"));
                }
            }
        }
        return violations;
    }

    /** A lot's own weights replace those of the criteria that carry one: the same codes, summing to 100. */
    private static void checkWeights(Map<String, BigDecimal> weights, List<Criterion> criteria, String at, List<Violation> violations) {
        if (weights == null || criteria == null) {
            return;
        }
        Set<String> weighted = new LinkedHashSet<>();
        for (Criterion criterion : criteria) {
            if (criterion != null && criterion.kind() != null && criterion.kind() != CriterionKind.PASS_FAIL) {
                weighted.add(criterion.code());
            }
        }
        if (!weights.keySet().equals(weighted)) {
            violations.add(Violation.ofBody(at, "must weigh exactly the QUALITY and PRICE criteria " + String.join(", ", weighted)
                    + "; it weighs " + String.join(", ", weights.keySet())));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
            if (weight.getValue() == null || weight.getValue().signum() <= 0 || weight.getValue().scale() > 2) {
                violations.add(Violation.ofBody(at + "." + weight.getKey(), "must be a positive percentage with at most two decimals"));
                return;
            }
            sum = sum.add(weight.getValue());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            violations.add(Violation.ofBody(at, "must sum to exactly 100; they sum to " + sum.stripTrailingZeros().toPlainString()));
        }
    }

    /** The lot the requirement of a site falls in: the lot that names the site, else the lot that names its organisation. */
    public static Optional<Lot> lotOf(List<Lot> lots, String siteCode, String odsCode) {
        return lots.stream().filter(lot -> lot.siteCodes().contains(siteCode)).findFirst()
                .or(() -> lots.stream().filter(lot -> lot.organisations().contains(odsCode)).findFirst());
    }

    /**
     * At publication: every approved requirement falls in a lot, and every lot has at least one, so that no site is
     * left out of the competition and no lot is tendered empty.
     */
    public static List<Violation> checkAssignment(List<Lot> lots, List<ApprovedSite> approved) {
        List<Violation> violations = new ArrayList<>();
        if (lots == null || lots.isEmpty()) {
            return violations;
        }
        Map<String, Integer> linesPerLot = new HashMap<>();
        List<String> unassigned = new ArrayList<>();
        for (ApprovedSite site : approved) {
            lotOf(lots, site.siteCode(), site.odsCode()).ifPresentOrElse(lot -> linesPerLot.merge(lot.number(), 1, Integer::sum),
                    () -> unassigned.add(site.siteCode() + " (" + site.odsCode() + ")"));
        }
        if (!unassigned.isEmpty()) {
            violations.add(Violation.ofBody("lots", unassigned.size() + " approved requirement(s) fall in no lot: "
                    + String.join(", ", unassigned.subList(0, Math.min(20, unassigned.size())))
                    + (unassigned.size() > 20 ? " …" : "") + "; name their organisations or sites in a lot"));
        }
        for (int i = 0; i < lots.size(); i++) {
            if (!linesPerLot.containsKey(lots.get(i).number())) {
                violations.add(Violation.ofBody("lots[" + i + "]",
                        "lot " + lots.get(i).number() + " has no approved requirement, so its pricing schedule would be empty"));
            }
        }
        return violations;
    }
}
