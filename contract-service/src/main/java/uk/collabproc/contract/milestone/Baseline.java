package uk.collabproc.contract.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A named snapshot of every milestone's forecast; never changed once taken. */
@Entity
@Table(name = "baseline")
@Immutable
@Audited
public class Baseline extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "name", nullable = false)
    public String name;

    /**
     * Each milestone's forecast when the baseline was taken, keyed {@code siteCode/TYPE} so that a later re-plan
     * still finds its baseline dates.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dates", nullable = false)
    public Map<String, LocalDate> dates;

    public static String key(Milestone milestone) {
        return milestone.siteCode + "/" + milestone.type;
    }

    /** The dates of the contract's latest baseline, keyed as {@link #key}; empty before the first. */
    static Map<String, LocalDate> latestDates(UUID contractId) {
        return Baseline.<Baseline> find("contractId = ?1 order by createdAt desc", contractId).firstResultOptional().map(b -> b.dates)
                .orElse(Map.of());
    }

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
