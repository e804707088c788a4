package uk.collabproc.supplier.bid;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bid as the supplier sends it: every line of the pricing schedule priced (of a divided tender, every line of the
 * lots it names), every QUALITY criterion answered, every PASS_FAIL criterion declared. {@code version} is required
 * when a bid is replaced (PUT).
 */
@Schema(name = "BidRequest")
public record BidRequest(
        @Schema(description = "The version being replaced; required on PUT, ignored on POST") Long version,
        @Schema(type = SchemaType.ARRAY, implementation = LotNumber.class, description = "The lots the bid is for: required for a tender divided into lots, each of its lots at most once; "
                + "absent or empty for a tender that is not divided") List<@NotNull @Pattern(regexp = LOT_NUMBER) String> lots,
        @NotNull @Valid List<@NotNull @Valid Price> prices,
        @NotNull @Valid List<@NotNull @Valid Answer> answers,
        @NotNull @Valid List<@NotNull @Valid Declaration> declarations) {

    /** How procurement-service numbers lots: "1", "2", … */
    public static final String LOT_NUMBER = "^[0-9]{1,3}$";

    /** A bid as sent before lots existed, or for a tender not divided. */
    public BidRequest(Long version, List<Price> prices, List<Answer> answers, List<Declaration> declarations) {
        this(version, null, prices, answers, declarations);
    }

    @Schema(name = "BidPriceRequest")
    public record Price(
            @NotBlank @Schema(example = "L-RK9-DERRIFORD") String lineId,
            @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) @Schema(example = "8000.00") BigDecimal oneOff,
            @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) @Schema(example = "23000.00") BigDecimal annual) {
    }

    @Schema(name = "BidAnswerRequest")
    public record Answer(@NotBlank String criterionCode, @NotBlank @Size(max = 20000) String text) {
    }

    @Schema(name = "BidDeclarationRequest")
    public record Declaration(@NotBlank String criterionCode, @NotNull Boolean met, @Size(max = 20000) String evidence) {
    }
}
