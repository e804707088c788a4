package uk.collabproc.contract.benefits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One month's value of a measure, recorded by the organisation; a correction replaces it and the audit keeps the old one. */
@Entity
@Table(name = "benefit_measurement")
@Audited
public class BenefitMeasurement extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "measure_id", nullable = false)
    public UUID measureId;

    @Column(name = "ods_code", nullable = false)
    public String odsCode;

    /** The month's first day. */
    @Column(name = "period", nullable = false)
    public LocalDate period;

    @Column(name = "value", nullable = false, precision = 19, scale = 4)
    public BigDecimal value;

    @Column(name = "note")
    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
