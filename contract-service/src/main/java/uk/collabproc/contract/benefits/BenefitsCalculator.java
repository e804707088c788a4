package uk.collabproc.contract.benefits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benefits of the new contract (docs/domain.md#benefits): per organisation and in total, legacy against new annual
 * cost, bandwidth before and after, and the total cost of ownership over the contract term with the one-off
 * charges. Exact inside; money shown with two decimals, percentages and ratios with one.
 */
public final class BenefitsCalculator {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TWELVE = new BigDecimal("12");

    private BenefitsCalculator() {
    }

    /** One migrated site: what it costs today and what the winning bid charges for it. */
    public record SiteCosts(String odsCode, BigDecimal legacyAnnualCost, int legacyBandwidthMbps, BigDecimal newAnnualCost,
            BigDecimal newOneOffCost, int newBandwidthMbps) {
    }

    public record Benefit(
            String odsCode,
            int sites,
            BigDecimal legacyAnnualCost,
            BigDecimal newAnnualCost,
            BigDecimal annualSaving,
            BigDecimal annualSavingPercent,
            int bandwidthBeforeMbps,
            int bandwidthAfterMbps,
            BigDecimal bandwidthRatio,
            BigDecimal legacyCostOverTerm,
            BigDecimal newCostOverTerm,
            BigDecimal termSaving,
            BigDecimal termSavingPercent) {
    }

    public record Benefits(int contractTermMonths, List<Benefit> organisations, Benefit total) {
    }

    public static Benefits calculate(Collection<SiteCosts> sites, int contractTermMonths) {
        Map<String, List<SiteCosts>> byOrganisation = new TreeMap<>();
        sites.forEach(site -> byOrganisation.computeIfAbsent(site.odsCode(), ods -> new ArrayList<>()).add(site));
        List<Benefit> organisations = byOrganisation.entrySet().stream()
                .map(entry -> benefit(entry.getKey(), entry.getValue(), contractTermMonths)).toList();
        return new Benefits(contractTermMonths, organisations, benefit(null, List.copyOf(sites), contractTermMonths));
    }

    private static Benefit benefit(String odsCode, List<SiteCosts> sites, int contractTermMonths) {
        BigDecimal years = BigDecimal.valueOf(contractTermMonths).divide(TWELVE, EXACT);
        BigDecimal legacy = sum(sites.stream().map(SiteCosts::legacyAnnualCost).toList());
        BigDecimal annual = sum(sites.stream().map(SiteCosts::newAnnualCost).toList());
        BigDecimal oneOff = sum(sites.stream().map(SiteCosts::newOneOffCost).toList());
        int before = sites.stream().mapToInt(SiteCosts::legacyBandwidthMbps).sum();
        int after = sites.stream().mapToInt(SiteCosts::newBandwidthMbps).sum();
        BigDecimal legacyOverTerm = legacy.multiply(years);
        BigDecimal newOverTerm = oneOff.add(annual.multiply(years));
        return new Benefit(odsCode, sites.size(), money(legacy), money(annual), money(legacy.subtract(annual)),
                percent(legacy.subtract(annual), legacy), before, after,
                before == 0 ? null : BigDecimal.valueOf(after).divide(BigDecimal.valueOf(before), EXACT).setScale(1, RoundingMode.HALF_UP),
                money(legacyOverTerm), money(newOverTerm), money(legacyOverTerm.subtract(newOverTerm)),
                percent(legacyOverTerm.subtract(newOverTerm), legacyOverTerm));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, EXACT).setScale(1, RoundingMode.HALF_UP);
    }
}
