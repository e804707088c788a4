package uk.collabproc.procurement.site;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Site")
public record SiteView(
        @Schema(example = "RK9-DERRIFORD") String siteCode,
        @Schema(example = "RK9") String odsCode,
        @Schema(example = "Derriford Hospital") String name,
        @Schema(example = "PL6 8DH") String postcode,
        boolean critical,
        boolean core,
        LegacyConnection legacy,
        long version) {

    static SiteView of(Site site) {
        return new SiteView(site.siteCode, site.odsCode, site.name, site.postcode, site.critical, site.core,
                new LegacyConnection(site.legacyProduct, site.legacyBandwidthMbps, site.legacyAnnualCost), site.version);
    }
}
