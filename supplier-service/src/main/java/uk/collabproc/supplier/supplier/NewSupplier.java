package uk.collabproc.supplier.supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewSupplier", description = "A supplier to register")
public record NewSupplier(
        @NotBlank @Size(max = 200) @Schema(example = "MLL Telecom Ltd") String name,

        @NotNull @Pattern(regexp = "[A-Z0-9]{8}", message = "must be a Companies House number: 8 upper-case letters and digits") @Schema(description = "Companies House registration number", example = "03178788") String companyNumber,

        @NotNull @Schema(description = "Whether the supplier is an HSCN-compliant Consumer Network Service Provider") Boolean cnSpCompliant) {
}
