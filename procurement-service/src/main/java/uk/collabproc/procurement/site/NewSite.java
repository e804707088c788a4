package uk.collabproc.procurement.site;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewSite", description = "A site of the organisation to register")
public record NewSite(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "must be 2 to 20 upper-case letters, digits and hyphens") @Schema(description = "Unique across all organisations", example = "RK9-DERRIFORD") String siteCode,

        @NotBlank @Size(max = 200) @Schema(example = "Derriford Hospital") String name,

        @NotNull @Postcode @Schema(description = "UK postcode", example = "PL6 8DH") String postcode,

        @NotNull @Schema(description = "Critical sites (e.g. a major trauma centre) cut over only at weekends") Boolean critical,

        @NotNull @Schema(description = "Core sites cut over before the organisation's other sites") Boolean core,

        @NotNull @Valid LegacyConnection legacy) {
}
