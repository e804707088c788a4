package uk.collabproc.contract.milestone;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a milestone; absent fields stay as they are. Setting {@code dateMet} without a status marks it met. */
public record MilestonePatch(LocalDate forecastDate, LocalDate dateMet, Milestone.Status status,
        @NotNull @Schema(description = "The version being changed") Long version) {
}
