package uk.collabproc.procurement.requirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
}
