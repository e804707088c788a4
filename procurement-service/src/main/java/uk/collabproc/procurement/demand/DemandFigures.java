package uk.collabproc.procurement.demand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.procurement.requirement.RequirementStatus;

/**
 * Demand figures of one organisation or of the whole collaborative. Bandwidth and cost count the
 * requirements in play (submitted or approved): what the tender will have to price.
 */
@Schema(name = "DemandFigures")
public record DemandFigures(
        @Schema(description = "Registered sites") long sites,
        @Schema(description = "Requirements by status") Map<RequirementStatus, Long> requirements,
        @Schema(description = "Legacy bandwidth of the sites with requirements in play") long bandwidthBeforeMbps,
        @Schema(description = "Required bandwidth of the requirements in play") long bandwidthAfterMbps,
        @Schema(description = "After ÷ before, to two decimals; absent when there is nothing before") BigDecimal bandwidthRatio,
        @Schema(description = "GBP per year the legacy connections of those sites cost") BigDecimal legacyAnnualCost) {

    static final DemandFigures NONE = new DemandFigures(0, counts(Map.of()), 0, 0, null, new BigDecimal("0.00"));

    /** Requirement counts with every status present, zero where there are none. */
    static Map<RequirementStatus, Long> counts(Map<RequirementStatus, Long> found) {
        Map<RequirementStatus, Long> all = new EnumMap<>(RequirementStatus.class);
        for (RequirementStatus status : RequirementStatus.values()) {
            all.put(status, found.getOrDefault(status, 0L));
        }
        return all;
    }

    static BigDecimal ratio(long after, long before) {
        return before == 0 ? null : BigDecimal.valueOf(after).divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
    }

    DemandFigures plus(DemandFigures other) {
        Map<RequirementStatus, Long> sum = new EnumMap<>(RequirementStatus.class);
        for (RequirementStatus status : RequirementStatus.values()) {
            sum.put(status, requirements.get(status) + other.requirements.get(status));
        }
        long before = bandwidthBeforeMbps + other.bandwidthBeforeMbps;
        long after = bandwidthAfterMbps + other.bandwidthAfterMbps;
        return new DemandFigures(sites + other.sites, sum, before, after, ratio(after, before),
                legacyAnnualCost.add(other.legacyAnnualCost));
    }
}
