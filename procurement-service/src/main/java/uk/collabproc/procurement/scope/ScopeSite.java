package uk.collabproc.procurement.scope;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.procurement.procurement.ProcurementLot;
import uk.collabproc.procurement.requirement.ClinicalService;
import uk.collabproc.procurement.requirement.Resilience;
import uk.collabproc.procurement.site.LegacyConnection;

/** A site in the migration scope: one with an approved requirement. */
@Schema(name = "ScopeSite")
public record ScopeSite(
        String siteCode,
        String odsCode,
        String name,
        String postcode,
        boolean critical,
        boolean core,
        LegacyConnection legacy,
        @Schema(description = "The pricing-schedule line of the site") String lineId,
        ScopeRequirement requirement,
        @Schema(description = "The lot the site's line belongs to; absent when the tender is not divided", pattern = ProcurementLot.NUMBER, example = "1") String lot) {

    @Schema(name = "ScopeRequirement")
    public record ScopeRequirement(int bandwidthMbps, Resilience resilience, List<ClinicalService> services, LocalDate neededBy) {
    }
}
