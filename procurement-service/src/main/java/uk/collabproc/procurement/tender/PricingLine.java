package uk.collabproc.procurement.tender;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.procurement.procurement.ProcurementLot;
import uk.collabproc.procurement.requirement.Resilience;

/** One line of the pricing schedule: an approved site requirement that every bid must price. */
@Schema(name = "PricingLine")
public record PricingLine(
        @Schema(example = "L-RK9-DERRIFORD") String lineId,
        @Schema(example = "RK9-DERRIFORD") String siteCode,
        @Schema(example = "RK9") String odsCode,
        @Schema(example = "1000") int bandwidthMbps,
        Resilience resilience,
        @Schema(description = "The lot the line belongs to; absent when the tender is not divided", pattern = ProcurementLot.NUMBER, example = "1") String lot) {

    public static String lineId(String siteCode) {
        return "L-" + siteCode;
    }
}
