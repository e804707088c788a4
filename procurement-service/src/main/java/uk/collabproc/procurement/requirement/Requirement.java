package uk.collabproc.procurement.requirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** What a member needs at one of its sites, in one procurement. */
@Entity
@Table(name = "requirement")
@Audited
public class Requirement extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    @Column(name = "site_code", nullable = false)
    public String siteCode;

    @Column(name = "ods_code", nullable = false)
    public String odsCode;

    @Column(name = "bandwidth_mbps", nullable = false)
    public int bandwidthMbps;

    @Enumerated(EnumType.STRING)
    @Column(name = "resilience", nullable = false)
    public Resilience resilience;

    @Convert(converter = ServiceListConverter.class)
    @Column(name = "services", nullable = false)
    public List<ClinicalService> services;

    @Column(name = "needed_by", nullable = false)
    public LocalDate neededBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public RequirementStatus status;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** Whether the organisation has requirements in the procurement, in any status. */
    public static boolean existFor(UUID procurementId, String odsCode) {
        return count("procurementId = ?1 and odsCode = ?2", procurementId, odsCode) > 0;
    }

    /** The requirement of the procurement for the site, if one was recorded. */
    public static Optional<Requirement> forSite(UUID procurementId, String siteCode) {
        return find("procurementId = ?1 and siteCode = ?2", procurementId, siteCode).firstResultOptional();
    }

    /** Every requirement of the procurement, in any status. */
    public static List<Requirement> ofProcurement(UUID procurementId) {
        return list("procurementId", procurementId);
    }

    /** The approved requirements of the procurement, which the tender prices, by organisation and site. */
    public static PanacheQuery<Requirement> approvedFor(UUID procurementId) {
        return find("procurementId = ?1 and status = ?2", Sort.by("odsCode").and("siteCode"), procurementId, RequirementStatus.APPROVED);
    }

    /** How many requirements of the procurement are submitted and neither approved nor returned yet. */
    public static long countAwaitingDecision(UUID procurementId) {
        return count("procurementId = ?1 and status = ?2", procurementId, RequirementStatus.SUBMITTED);
    }
}
