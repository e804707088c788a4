package uk.collabproc.contract.procurement;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A site in a contract's migration scope as contract-service reads it from procurement-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MigrationSite(String siteCode, String odsCode, String name, boolean critical, boolean core, String lineId,
        Legacy legacy, Requirement requirement) {

    /** What the site has today: the benefits compare it with the new service. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Legacy(int bandwidthMbps, BigDecimal annualCost) {
    }

    /** What the site will have: the approved requirement. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Requirement(int bandwidthMbps) {
    }
}
