package uk.collabproc.contract.milestone;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One of the six milestones of a site's migration, in order: survey, order, delivery, commissioning, cutover, cease. */
@Entity
@Table(name = "milestone")
@Audited
public class Milestone extends PanacheEntityBase {

    public enum Type {
        SITE_SURVEY, ORDER_PLACED, CIRCUIT_DELIVERED, COMMISSIONING_TEST, CUTOVER, LEGACY_CEASED
    }

    /** OCDS milestone status codes. */
    public enum Status {
        scheduled, met, notMet, partiallyMet
    }

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "site_code", nullable = false)
    public String siteCode;

    @Column(name = "ods_code", nullable = false)
    public String odsCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public Type type;

    /** What the planner gave it. */
    @Column(name = "planned_date", nullable = false)
    public LocalDate plannedDate;

    /** From the last saved baseline; absent until one is saved. */
    @Column(name = "baseline_date")
    public LocalDate baselineDate;

    @Column(name = "forecast_date", nullable = false)
    public LocalDate forecastDate;

    @Column(name = "date_met")
    public LocalDate dateMet;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public Status status;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /**
     * Replaces the contract's milestones by a new plan's: each site's milestones on the planned dates, forecast as
     * planned and judged against the latest baseline, if one was saved.
     */
    public static void replacePlan(UUID contractId, Map<PlannedSite, Map<Type, LocalDate>> plan) {
        delete("contractId", contractId);
        Map<String, LocalDate> baseline = Baseline.latestDates(contractId);
        plan.forEach((site, dates) -> dates.forEach((type, date) -> {
            Milestone milestone = new Milestone();
            milestone.id = UUID.randomUUID();
            milestone.contractId = contractId;
            milestone.siteCode = site.siteCode();
            milestone.odsCode = site.odsCode();
            milestone.type = type;
            milestone.plannedDate = date;
            milestone.forecastDate = date;
            milestone.status = Status.scheduled;
            milestone.baselineDate = baseline.get(Baseline.key(milestone));
            milestone.persist();
        }));
    }

    /** A site a plan gives milestones to. */
    public record PlannedSite(String siteCode, String odsCode) {
    }

    /** Whether any of the contract's milestones has been met: tracking has started. */
    public static boolean anyMet(UUID contractId) {
        return count("contractId = ?1 and dateMet is not null", contractId) > 0;
    }
}
