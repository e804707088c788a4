package uk.collabproc.procurement.site;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A physical location of a member organisation, with the legacy connection that must be migrated. */
@Entity
@Table(name = "site")
@Audited
public class Site extends PanacheEntityBase {

    @Id
    @Column(name = "site_code")
    public String siteCode;

    @Column(name = "ods_code", nullable = false)
    public String odsCode;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "postcode", nullable = false)
    public String postcode;

    @Column(name = "critical", nullable = false)
    public boolean critical;

    @Column(name = "core", nullable = false)
    public boolean core;

    @Column(name = "legacy_product", nullable = false)
    public String legacyProduct;

    @Column(name = "legacy_bandwidth_mbps", nullable = false)
    public int legacyBandwidthMbps;

    @Column(name = "legacy_annual_cost", nullable = false, precision = 12, scale = 2)
    public BigDecimal legacyAnnualCost;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** How many sites each of these organisations has registered, by ODS code; one without sites is left out. */
    public static Map<String, Long> countsOf(Collection<String> odsCodes) {
        if (odsCodes.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select s.odsCode, count(s) from Site s where s.odsCode in ?1 group by s.odsCode", Object[].class)
                .setParameter(1, odsCodes).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /** The sites with these codes, by code; codes without a site are left out. */
    public static Map<String, Site> byCode(Collection<String> siteCodes) {
        if (siteCodes.isEmpty()) {
            return Map.of();
        }
        return Site.<Site> list("siteCode in ?1", siteCodes).stream().collect(Collectors.toMap(site -> site.siteCode, site -> site));
    }
}
