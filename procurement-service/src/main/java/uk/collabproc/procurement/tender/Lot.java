package uk.collabproc.procurement.tender;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.procurement.procurement.ProcurementLot;

/**
 * One lot of a tender divided into lots: it is evaluated, ranked, awarded and contracted on its own. Its pricing lines
 * are the approved requirements of the sites it names and of the organisations it names; a site named by a lot goes to
 * that lot whatever its organisation.
 */
@Schema(name = "Lot")
public record Lot(
        @Schema(description = "Lots are numbered 1, 2, 3 … in order", pattern = ProcurementLot.NUMBER, example = "1") String number,
        @Schema(description = "1 to 200 characters", example = "Acute and community trust sites") String title,
        @Schema(description = "What the lot buys, in words: it describes the lot in the tender notice", example = "Wide area network connectivity for the acute and community trusts' sites") String description,
        @Schema(description = "The estimated value of the lot's contract over its term in GBP, excluding VAT: required to publish under the Procurement Act 2023", example = "900000.00") BigDecimal estimatedValue,
        @Schema(description = "The lot's own weights, by criterion code: exactly the tender's QUALITY and PRICE criteria, summing to 100. Absent: the criteria's weights", example = "{\"Q1\": 40, \"P1\": 60}") Map<String, BigDecimal> weights,
        @Schema(description = "ODS codes of the organisations whose approved requirements fall in this lot", example = "[\"RK9\", \"RH8\"]") List<String> organisations,
        @Schema(description = "Site codes placed in this lot whatever their organisation", example = "[]") List<String> siteCodes) {

    @Override
    public List<String> organisations() {
        return organisations == null ? List.of() : organisations;
    }

    @Override
    public List<String> siteCodes() {
        return siteCodes == null ? List.of() : siteCodes;
    }
}
