package uk.collabproc.procurement.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewOrganisation", description = "An organisation to register")
public record NewOrganisation(
        @NotNull @Pattern(regexp = "[A-Z0-9]{3,5}", message = "must be an ODS code: 3 to 5 upper-case letters and digits") @Schema(description = "NHS Organisation Data Service code", example = "RK9") String odsCode,

        @NotBlank @Size(max = 200) @Schema(example = "University Hospitals Plymouth NHS Trust") String name,

        @NotNull @Schema(example = "ACUTE_TRUST") OrganisationType type) {
}
