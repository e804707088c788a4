package uk.collabproc.contract.milestone;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.Audited;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.collabproc.common.persistence.Counts;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;

/** One of the six milestones of a site's migration, in order: survey, order, delivery, commissioning, cutover, cease. */
@Entity
@Table(name = "milestone")
@Audited
public class Milestone extends PanacheEntityBase {

    @Schema(name = "MilestoneType")
    public enum Type {
        SITE_SURVEY,
        ORDER_PLACED,
        CIRCUIT_DELIVERED,
        COMMISSIONING_TEST,
        CUTOVER,
        LEGACY_CEASED
    }

    /**
     * Where a milestone stands. The API and the OCDS export promise the OCDS milestone status codes, so the JSON names
     * a status by its code; the database keeps the codes too (see {@link StatusCodes}).
     */
    @Schema(name = "MilestoneStatus")
    public enum Status {
        SCHEDULED("scheduled"),
        MET("met"),
        NOT_MET("notMet"),
        PARTIALLY_MET("partiallyMet");

        private final String ocdsCode;

        Status(String ocdsCode) {
            this.ocdsCode = ocdsCode;
        }

        @JsonValue
        public String ocdsCode() {
            return ocdsCode;
        }

        /** The status of an OCDS code, as a query parameter names it. */
        public static Status fromString(String ocdsCode) {
            return Arrays.stream(values()).filter(status -> status.ocdsCode.equals(ocdsCode)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No milestone status with the OCDS code " + ocdsCode));
        }
    }

    /** The column holds the OCDS codes, as it did when they were the enum's names: no data to migrate, audit rows included. */
    @Converter
    static class StatusCodes implements AttributeConverter<Status, String> {

        @Override
        public String convertToDatabaseColumn(Status status) {
            return status == null ? null : status.ocdsCode();
        }

        @Override
        public Status convertToEntityAttribute(String code) {
            return code == null ? null : Status.fromString(code);
        }
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

    @Convert(converter = StatusCodes.class)
    @Column(name = "status", nullable = false)
    public Status status;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /**
     * Changes the forecast, marks the milestone met on a day or sets its status; setting the day met without a status
     * marks it met. Refused for a stale version, a day met after {@code today}, and a met milestone without its day.
     */
    public void change(MilestonePatch patch, LocalDate today) {
        Problems.requireCurrentVersion("The milestone", patch.version(), version);
        if (patch.dateMet() != null && patch.dateMet().isAfter(today)) {
            throw Problems.invalid("A milestone cannot be met in the future",
                    List.of(Violation.ofBody("dateMet", "must not be after today, " + today)));
        }
        LocalDate met = patch.dateMet() != null ? patch.dateMet() : dateMet;
        Status changed = patch.status() != null ? patch.status() : patch.dateMet() != null ? Status.MET : status;
        if (changed == Status.MET && met == null) {
            throw Problems.invalid("A met milestone needs the date it was met",
                    List.of(Violation.ofBody("dateMet", "must not be null when met")));
        }
        if (patch.forecastDate() != null) {
            forecastDate = patch.forecastDate();
        }
        dateMet = met;
        status = changed;
    }

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
            milestone.status = Status.SCHEDULED;
            milestone.baselineDate = baseline.get(Baseline.key(milestone));
            milestone.persist();
        }));
    }

    /** A site a plan gives milestones to. */
    public record PlannedSite(String siteCode, String odsCode) {
    }

    /** Whether any of the contract's milestones has been met: tracking has started. */
    public static boolean anyMet(UUID contractId) {
        return Counts.any(Milestone.class, "contractId = ?1 and dateMet is not null", contractId);
    }
}
