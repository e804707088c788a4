package uk.collabproc.supplier.bid;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bid as the supplier sends it: every line of the pricing schedule priced, every QUALITY criterion answered,
 * every PASS_FAIL criterion declared. {@code version} is required when a bid is replaced (PUT).
 */
@Schema(name = "BidRequest")
public record BidRequest(
        @Schema(description = "The version being replaced; required on PUT, ignored on POST") Long version,
        @NotNull @Valid List<@NotNull @Valid Price> prices,
        @NotNull @Valid List<@NotNull @Valid Answer> answers,
        @NotNull @Valid List<@NotNull @Valid Declaration> declarations) {

    public record Price(
            @NotBlank @Schema(example = "L-RK9-DERRIFORD") String lineId,
            @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) @Schema(example = "8000.00") BigDecimal oneOff,
            @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) @Schema(example = "23000.00") BigDecimal annual) {
    }

    public record Answer(@NotBlank String criterionCode, @NotBlank @Size(max = 20000) String text) {
    }

    public record Declaration(@NotBlank String criterionCode, @NotNull Boolean met, @Size(max = 20000) String evidence) {
    }
}
