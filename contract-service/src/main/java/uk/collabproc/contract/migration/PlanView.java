package uk.collabproc.contract.migration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MigrationPlan")
public record PlanView(
        UUID contractId,
        MigrationPlan.Status status,
        @Schema(description = "While SOLVING, how much of the solver's time budget is spent, in %; 100 when READY") int progress,
        PlanParameters parameters,
        @Schema(description = "The last cutover of the plan") LocalDate lastCutover,
        @Schema(description = "No plan can finish before this: the first possible cutover plus ⌈sites ÷ capacity⌉ usable weeks") LocalDate lowerBound,
        @Schema(description = "Sites that cut over on or after the legacy end date, each with the reason") List<MigrationPlan.LateSite> lateSites,
        @Schema(description = "Hard rules the plan breaks, counted independently of the solver; 0 whenever a feasible plan exists") Integer hardViolations,
        Instant startedAt,
        Instant finishedAt,
        long version) {
}
