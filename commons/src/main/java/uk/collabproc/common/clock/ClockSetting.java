package uk.collabproc.common.clock;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ClockSetting(
        @NotNull @Schema(description = "The service's current business time", example = "2017-10-02T09:00:00Z") Instant now) {
}
