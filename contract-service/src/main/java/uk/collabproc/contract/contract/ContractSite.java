package uk.collabproc.contract.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.collabproc.common.persistence.Counts;

/** A site the contract migrates, as it stood when the contract was concluded, with the winning bid's prices for it. */
@Entity
@Table(name = "contract_site")
@IdClass(ContractSite.Key.class)
@Audited
public class ContractSite extends PanacheEntityBase {

    /** The primary key: a site appears once in a contract. */
    public static class Key implements Serializable {
        public UUID contractId;
        public String siteCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(contractId, key.contractId) && Objects.equals(siteCode, key.siteCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractId, siteCode);
        }
    }

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Id
    @Column(name = "site_code")
    public String siteCode;

    @Column(name = "ods_code", nullable = false)
    public String odsCode;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "critical", nullable = false)
    public boolean critical;

    @Column(name = "core", nullable = false)
    public boolean core;

    @Column(name = "line_id", nullable = false)
    public String lineId;

    @Column(name = "legacy_bandwidth_mbps", nullable = false)
    public int legacyBandwidthMbps;

    @Column(name = "legacy_annual_cost", nullable = false, precision = 15, scale = 2)
    public BigDecimal legacyAnnualCost;

    @Column(name = "new_bandwidth_mbps", nullable = false)
    public int newBandwidthMbps;

    @Column(name = "one_off_cost", nullable = false, precision = 15, scale = 2)
    public BigDecimal oneOffCost;

    @Column(name = "annual_cost", nullable = false, precision = 15, scale = 2)
    public BigDecimal annualCost;

    /** The sites the contract migrates. */
    public static List<ContractSite> ofContract(UUID contractId) {
        return list("contractId", contractId);
    }

    /** How many organisations' sites the contract migrates. */
    public static long organisationCount(UUID contractId) {
        return getEntityManager()
                .createQuery("select count(distinct s.odsCode) from ContractSite s where s.contractId = :contract", Long.class)
                .setParameter("contract", contractId).getSingleResult();
    }

    /** The organisations whose sites the contract migrates, by ODS code. */
    public static List<String> organisations(UUID contractId) {
        return getEntityManager()
                .createQuery("select distinct s.odsCode from ContractSite s where s.contractId = :contract order by s.odsCode",
                        String.class)
                .setParameter("contract", contractId).getResultList();
    }

    /** The sites of one organisation the contract migrates. */
    public static List<ContractSite> ofOrganisation(UUID contractId, String odsCode) {
        return list("contractId = ?1 and odsCode = ?2", contractId, odsCode);
    }

    /** Whether the contract migrates any site of the organisation. */
    public static boolean migratesSitesOf(UUID contractId, String odsCode) {
        return Counts.any(ContractSite.class, "contractId = ?1 and odsCode = ?2", contractId, odsCode);
    }
}
