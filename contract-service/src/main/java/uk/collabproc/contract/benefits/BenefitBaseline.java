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

/** An organisation's starting point on a measure, a month before the new service, and the target it aims at. */
@Entity
@Table(name = "benefit_baseline")
@Audited
public class BenefitBaseline extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "measure_id", nullable = false)
    public UUID measureId;

    @Column(name = "ods_code", nullable = false)
    public String odsCode;

    @Column(name = "baseline_value", nullable = false, precision = 19, scale = 4)
    public BigDecimal baselineValue;

    /** The month's first day. */
    @Column(name = "baseline_period", nullable = false)
    public LocalDate baselinePeriod;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    public BigDecimal targetValue;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
