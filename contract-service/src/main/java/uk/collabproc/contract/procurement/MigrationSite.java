package uk.collabproc.contract.procurement;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A site in a contract's migration scope as contract-service reads it from procurement-service; {@code lot} is the lot its
 * pricing line belongs to (null when the tender is not divided).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MigrationSite(String siteCode, String odsCode, String name, boolean critical, boolean core, String lineId,
        Legacy legacy, Requirement requirement, String lot) {

    /** A site of a tender not divided into lots. */
    public MigrationSite(String siteCode, String odsCode, String name, boolean critical, boolean core, String lineId, Legacy legacy,
            Requirement requirement) {
        this(siteCode, odsCode, name, critical, core, lineId, legacy, requirement, null);
    }

    /** What the site has today: the benefits compare it with the new service. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Legacy(int bandwidthMbps, BigDecimal annualCost) {
    }

    /** What the site will have: the approved requirement. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Requirement(int bandwidthMbps) {
    }
}
