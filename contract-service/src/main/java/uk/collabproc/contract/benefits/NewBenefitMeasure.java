package uk.collabproc.contract.benefits;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A benefit measure as the officer defines it, with the baselines and targets already known. */
@Schema(name = "NewBenefitMeasure")
public record NewBenefitMeasure(
        @NotBlank @Size(max = 200) @Schema(examples = "CRIS access issues") String name,
        @NotBlank @Size(max = 60) @Schema(description = "What one unit of the value is", examples = "issues a month") String unit,
        @NotNull MeasureFigures.Direction direction,
        @NotNull ClinicalService clinicalService,
        @Size(max = 2000) @Schema(description = "How it is counted, and where the figures come from") String description,
        @Schema(description = "Whether organisations' figures add up to a regional total (counts do, rates do not); true when absent") Boolean additive,
        @Valid @Schema(description = "Baselines and targets per organisation; more can be set later") List<@Valid @NotNull OrganisationBaseline> organisations) {

    /** One organisation's baseline and target, set with the measure. */
    @Schema(name = "OrganisationBaseline")
    public record OrganisationBaseline(@NotBlank @Schema(examples = "RK9") String odsCode, @Valid @NotNull BaselineAndTarget baseline) {
    }

    public boolean adds() {
        return additive == null || additive;
    }

    public List<OrganisationBaseline> baselines() {
        return organisations == null ? List.of() : organisations;
    }
}
