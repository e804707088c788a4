package uk.collabproc.contract.benefits;

import java.time.Instant;
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

/** Something the contract should improve for patients or staff, defined by the officer, measured by each organisation. */
@Entity
@Table(name = "benefit_measure")
@Audited
public class BenefitMeasure extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "unit", nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    public MeasureFigures.Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "clinical_service", nullable = false)
    public ClinicalService clinicalService;

    @Column(name = "description")
    public String description;

    @Column(name = "additive", nullable = false)
    public boolean additive;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    MeasureFigures.Measure measure() {
        return new MeasureFigures.Measure(id, name, unit, clinicalService.name(), direction, additive);
    }
}
