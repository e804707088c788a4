package uk.collabproc.contract.migration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.collabproc.common.problem.Problems;

/** A contract's migration plan: its parameters and, once solved, the summary of the cutover schedule. */
@Entity
@Table(name = "migration_plan")
@Audited
public class MigrationPlan extends PanacheEntityBase {

    @Schema(name = "PlanStatus")
    public enum Status {
        SOLVING,
        READY
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

    /** A contract's first plan, solving for these parameters from {@code now}. */
    public static MigrationPlan first(UUID contractId, PlanParameters parameters, Instant now) {
        MigrationPlan plan = new MigrationPlan();
        plan.contractId = contractId;
        plan.solve(parameters, now);
        return plan;
    }

    /**
     * Plans again for new parameters, from {@code now}. Refused for a stale {@code version}, while the plan is being
     * solved, and once a milestone has been met: from then on the plan is changed milestone by milestone.
     */
    public void replan(PlanParameters parameters, Long version, boolean milestoneMet, Instant now) {
        Problems.requireCurrentVersion("The migration plan", version, this.version);
        if (status == Status.SOLVING) {
            throw Problems.conflict("Plan solving", "The plan is being solved; change it once it is READY");
        }
        if (milestoneMet) {
            throw Problems.conflict("Tracking started", "Milestones have been met; the plan is now changed milestone by milestone");
        }
        solve(parameters, now);
    }

    /** Solving starts: the result of any earlier solution is forgotten. */
    private void solve(PlanParameters parameters, Instant now) {
        this.parameters = parameters;
        status = Status.SOLVING;
        startedAt = now;
        finishedAt = null;
        lastCutover = null;
        lowerBound = null;
        hardViolations = null;
        lateSites = null;
    }

    /** The solver has finished: the plan is READY with the summary of its schedule. */
    public void ready(int hardViolations, LocalDate lastCutover, LocalDate lowerBound, List<LateSite> lateSites, Instant now) {
        this.hardViolations = hardViolations;
        this.lastCutover = lastCutover;
        this.lowerBound = lowerBound;
        this.lateSites = lateSites;
        status = Status.READY;
        finishedAt = now;
    }

    public boolean isSolving() {
        return status == Status.SOLVING;
    }

    /** When the legacy service of the contract ends, if its plan names the day. */
    public static Optional<LocalDate> legacyEndDate(UUID contractId) {
        return MigrationPlan.<MigrationPlan> findByIdOptional(contractId).map(plan -> plan.parameters.legacyEndDate());
    }
}
