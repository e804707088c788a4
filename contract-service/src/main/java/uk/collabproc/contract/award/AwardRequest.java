package uk.collabproc.contract.award;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AwardRequest(
        @NotNull UUID procurementId,
        @NotNull @Schema(description = "The day the award decision is sent (PCR 2015) or the contract award notice published (PA 2023)", example = "2017-12-04") LocalDate decisionDate) {
}
