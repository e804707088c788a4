package uk.collabproc.contract.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ConclusionRequest(
        @NotNull @Schema(description = "The day the contract is signed; the term starts on it", example = "2017-12-20") LocalDate signedDate) {
}
