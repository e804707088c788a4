package uk.collabproc.contract.award;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AwardRequest(
        @NotNull UUID procurementId,
        @NotNull @Schema(description = "The day the award decision is sent (PCR 2015) or the contract award notice published (PA 2023)", example = "2017-12-04") LocalDate decisionDate,
        @Pattern(regexp = LOT_NUMBER) @Schema(description = "The lot awarded: required when the tender is divided into lots (each is awarded on its own), "
                + "absent when it is not", pattern = LOT_NUMBER, example = "1") String lot) {

    /** How procurement-service numbers a tender's lots: "1", "2", ... */
    public static final String LOT_NUMBER = "^[0-9]{1,3}$";
}
