package uk.collabproc.procurement.procurement;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewProcurement", description = "A collaborative procurement to start")
public record NewProcurement(
        @NotBlank @Size(max = 200) @Schema(example = "Devon HSCN connectivity") String title,
        @NotNull @Pattern(regexp = REFERENCE, message = REFERENCE_RULE) @Schema(description = "The lead partner's reference; unique", example = "UHP-2017-HSCN-01") String reference,
        @NotNull @Schema(description = "PCR_2015 for procedures begun before 24 February 2025, PA_2023 from then on") Regime regime,
        @NotNull @Pattern(regexp = "[A-Z0-9]{3,5}", message = "must be an ODS code") @Schema(example = "RK9") String leadOrganisation,
        @NotNull @Schema(description = "Members submit requirements until then", example = "2017-09-29T16:00:00Z") Instant requirementsDeadline,
        @NotNull @Min(1) @Max(180) @Schema(example = "60") Integer contractTermMonths) {

    /** What a procurement's reference may be. */
    public static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9/._-]{1,49}";
    static final String REFERENCE_RULE = "must be 2 to 50 letters, digits and / . _ -";
}
