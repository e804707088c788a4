package uk.collabproc.contract.benefits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The benefits of the new contract (docs/domain.md#benefits): per organisation and in total, legacy against new annual
 * cost, bandwidth before and after and what a Mbps costs a year on each, and the total cost of ownership over the contract term with the one-off
 * charges; then with each organisation's own project costs (capital it spends beyond the supplier's one-off charges,
 * internal effort) the whole cost of ownership and the payback period against the legacy cost. Exact inside; money
 * shown with two decimals, percentages, ratios and months with one.
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

    /**
     * What an organisation spends on the migration itself, beside the supplier's prices: capital beyond the one-off
     * charges (equipment, cabling, site works) and internal effort, {@code effortFte} people for {@code effortMonths}
     * months at {@code costPerFtePerYear} each.
     */
    public record ProjectCosts(BigDecimal ownCapitalOutlay, BigDecimal effortFte, BigDecimal effortMonths, BigDecimal costPerFtePerYear) {

        public static final ProjectCosts NONE = new ProjectCosts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        /** The internal effort in money: FTE × months × the yearly cost of one FTE ÷ 12. */
        public BigDecimal effortCost() {
            return effortFte.multiply(effortMonths).multiply(costPerFtePerYear).divide(TWELVE, EXACT);
        }
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
            @Schema(description = "legacyAnnualCost ÷ bandwidthBeforeMbps: what a Mbps cost a year before; absent without legacy bandwidth") BigDecimal legacyCostPerMbps,
            @Schema(description = "newAnnualCost ÷ bandwidthAfterMbps: what a Mbps costs a year on the new service; absent without new bandwidth") BigDecimal newCostPerMbps,
            BigDecimal legacyCostOverTerm,
            BigDecimal newCostOverTerm,
            BigDecimal termSaving,
            BigDecimal termSavingPercent,
            @Schema(description = "The supplier's one-off charges (part of newCostOverTerm)") BigDecimal oneOffCharges,
            @Schema(description = "Capital the organisations spend themselves beyond the one-off charges, as they recorded it") BigDecimal ownCapitalOutlay,
            @Schema(description = "Internal project effort in money: FTE × months × the organisation's cost per FTE") BigDecimal internalEffortCost,
            @Schema(description = "newCostOverTerm + ownCapitalOutlay + internalEffortCost") BigDecimal totalCostOfOwnership,
            @Schema(description = "legacyCostOverTerm − totalCostOfOwnership") BigDecimal netTermSaving,
            BigDecimal netTermSavingPercent,
            @Schema(description = "Months of the annual saving that repay the one-off charges, own capital and effort; absent when the new service saves nothing a year") BigDecimal paybackMonths) {
    }

    public record Benefits(int contractTermMonths, List<Benefit> organisations, Benefit total) {
    }

    public static Benefits calculate(Collection<SiteCosts> sites, int contractTermMonths) {
        return calculate(sites, Map.of(), contractTermMonths);
    }

    /** As {@link #calculate(Collection, int)}, with the project costs of the organisations that recorded them (by ODS code). */
    public static Benefits calculate(Collection<SiteCosts> sites, Map<String, ProjectCosts> projectCosts, int contractTermMonths) {
        Map<String, List<SiteCosts>> byOrganisation = new TreeMap<>();
        sites.forEach(site -> byOrganisation.computeIfAbsent(site.odsCode(), ods -> new ArrayList<>()).add(site));
        List<Benefit> organisations = byOrganisation.entrySet().stream()
                .map(entry -> {
                    ProjectCosts own = projectCosts.getOrDefault(entry.getKey(), ProjectCosts.NONE);
                    return benefit(entry.getKey(), entry.getValue(), own.ownCapitalOutlay(), own.effortCost(), contractTermMonths);
                }).toList();
        BigDecimal capital = sum(byOrganisation.keySet().stream()
                .map(ods -> projectCosts.getOrDefault(ods, ProjectCosts.NONE).ownCapitalOutlay()).toList());
        BigDecimal effort = sum(byOrganisation.keySet().stream()
                .map(ods -> projectCosts.getOrDefault(ods, ProjectCosts.NONE).effortCost()).toList());
        return new Benefits(contractTermMonths, organisations, benefit(null, List.copyOf(sites), capital, effort, contractTermMonths));
    }

    private static Benefit benefit(String odsCode, List<SiteCosts> sites, BigDecimal ownCapital, BigDecimal effort,
            int contractTermMonths) {
        BigDecimal years = BigDecimal.valueOf(contractTermMonths).divide(TWELVE, EXACT);
        BigDecimal legacy = sum(sites.stream().map(SiteCosts::legacyAnnualCost).toList());
        BigDecimal annual = sum(sites.stream().map(SiteCosts::newAnnualCost).toList());
        BigDecimal oneOff = sum(sites.stream().map(SiteCosts::newOneOffCost).toList());
        int before = sites.stream().mapToInt(SiteCosts::legacyBandwidthMbps).sum();
        int after = sites.stream().mapToInt(SiteCosts::newBandwidthMbps).sum();
        BigDecimal legacyOverTerm = legacy.multiply(years);
        BigDecimal newOverTerm = oneOff.add(annual.multiply(years));
        BigDecimal ownership = newOverTerm.add(ownCapital).add(effort);
        BigDecimal monthlySaving = legacy.subtract(annual).divide(TWELVE, EXACT);
        BigDecimal payback = monthlySaving.signum() <= 0 ? null
                : oneOff.add(ownCapital).add(effort).divide(monthlySaving, EXACT).setScale(1, RoundingMode.HALF_UP);
        return new Benefit(odsCode, sites.size(), money(legacy), money(annual), money(legacy.subtract(annual)),
                percent(legacy.subtract(annual), legacy), before, after,
                before == 0 ? null : BigDecimal.valueOf(after).divide(BigDecimal.valueOf(before), EXACT).setScale(1, RoundingMode.HALF_UP),
                perMbps(legacy, before), perMbps(annual, after), money(legacyOverTerm), money(newOverTerm),
                money(legacyOverTerm.subtract(newOverTerm)),
                percent(legacyOverTerm.subtract(newOverTerm), legacyOverTerm), money(oneOff), money(ownCapital), money(effort),
                money(ownership), money(legacyOverTerm.subtract(ownership)), percent(legacyOverTerm.subtract(ownership), legacyOverTerm),
                payback);
    }

    /**
     * A member paying a little more a year for ten times the bandwidth still buys each Mbps far cheaper: the figure that
     * compares the two networks when the totals alone would not.
     */
    private static BigDecimal perMbps(BigDecimal annualCost, int mbps) {
        return mbps == 0 ? null : money(annualCost.divide(BigDecimal.valueOf(mbps), EXACT));
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
