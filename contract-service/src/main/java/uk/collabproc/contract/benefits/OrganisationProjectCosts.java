package uk.collabproc.contract.benefits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What an organisation spends on its migration beside the supplier's prices (see {@link BenefitsCalculator.ProjectCosts}). */
@Entity
@Table(name = "project_costs")
@Audited
public class OrganisationProjectCosts extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "ods_code", nullable = false)
    public String odsCode;

    @Column(name = "own_capital_outlay", nullable = false, precision = 17, scale = 2)
    public BigDecimal ownCapitalOutlay;

    @Column(name = "effort_fte", nullable = false, precision = 7, scale = 3)
    public BigDecimal effortFte;

    @Column(name = "effort_months", nullable = false, precision = 7, scale = 2)
    public BigDecimal effortMonths;

    @Column(name = "cost_per_fte_per_year", nullable = false, precision = 17, scale = 2)
    public BigDecimal costPerFtePerYear;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    BenefitsCalculator.ProjectCosts costs() {
        return new BenefitsCalculator.ProjectCosts(ownCapitalOutlay, effortFte, effortMonths, costPerFtePerYear);
    }
}
