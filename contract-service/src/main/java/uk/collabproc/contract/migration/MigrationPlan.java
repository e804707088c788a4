package uk.collabproc.contract.migration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A contract's migration plan: its parameters and, once solved, the summary of the cutover schedule. */
@Entity
@Table(name = "migration_plan")
@Audited
public class MigrationPlan extends PanacheEntityBase {

    public enum Status {
        SOLVING, READY
    }

    /** A site that cuts over on or after the legacy end date, and why. */
    public record LateSite(String siteCode, String odsCode, LocalDate cutover, String reason) {
    }

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "parameters", nullable = false)
    public PlanParameters parameters;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public Status status;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "last_cutover")
    public LocalDate lastCutover;

    @Column(name = "lower_bound")
    public LocalDate lowerBound;

    @Column(name = "hard_violations")
    public Integer hardViolations;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "late_sites")
    public List<LateSite> lateSites;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
