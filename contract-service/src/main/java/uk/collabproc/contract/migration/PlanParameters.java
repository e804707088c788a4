package uk.collabproc.contract.migration;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the project manager sets for a migration plan (docs/api.md#contract-service); {@code version} is required to change a plan. */
@Schema(name = "MigrationPlanParameters")
public record PlanParameters(
        @NotNull @Schema(example = "2018-03-05", description = "When site surveys may begin") LocalDate startDate,
        @NotNull @Min(1) @Max(10_000) @Schema(example = "20", description = "Most cutovers in one calendar week (Monday to Sunday)") Integer weeklyCutoverCapacity,
        @Valid List<@NotNull @Valid Blackout> blackouts,
        @Valid LeadTimes leadTimes,
        @Schema(example = "2019-03-31", description = "When the legacy service ends; every site should cut over before it") LocalDate legacyEndDate,
        @Schema(description = "The version of the plan being replaced; required once a plan exists") Long version) {

    /** No cutover from {@code from} to {@code to}, both included (e.g. the winter change freeze). */
    public record Blackout(@NotNull LocalDate from, @NotNull LocalDate to) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** Working days between consecutive milestones; absent values take the defaults of docs/domain.md#lead-times. */
    public record LeadTimes(
            @Min(0) @Max(250) @Schema(example = "10") Integer surveyToOrder,
            @Min(0) @Max(250) @Schema(example = "40", description = "Order to delivery: 30-60 working days is typical for Ethernet circuits") Integer orderToDelivery,
            @Min(0) @Max(250) @Schema(example = "5") Integer deliveryToCommissioning,
            @Min(0) @Max(250) @Schema(example = "5") Integer commissioningToCutover,
            @Min(0) @Max(250) @Schema(example = "10", description = "Stabilisation before the legacy circuit is ceased") Integer cutoverToCease) {

        public static final LeadTimes DEFAULTS = new LeadTimes(10, 40, 5, 5, 10);

        LeadTimes withDefaults() {
            return new LeadTimes(or(surveyToOrder, DEFAULTS.surveyToOrder), or(orderToDelivery, DEFAULTS.orderToDelivery),
                    or(deliveryToCommissioning, DEFAULTS.deliveryToCommissioning),
                    or(commissioningToCutover, DEFAULTS.commissioningToCutover),
                    or(cutoverToCease, DEFAULTS.cutoverToCease));
        }

        private static Integer or(Integer value, Integer fallback) {
            return value == null ? fallback : value;
        }
    }

    /** The parameters with every default filled in. */
    public PlanParameters complete() {
        return new PlanParameters(startDate, weeklyCutoverCapacity, blackouts == null ? List.of() : List.copyOf(blackouts),
                (leadTimes == null ? LeadTimes.DEFAULTS : leadTimes).withDefaults(), legacyEndDate, version);
    }
}
