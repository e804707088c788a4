package uk.collabproc.procurement.tender;

import java.math.BigDecimal;
import java.time.Instant;
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

/** The evaluation model and timetable of a procurement's competition; one per procurement. */
@Entity
@Table(name = "tender")
@Audited
public class Tender extends PanacheEntityBase {

    @Id
    @Column(name = "procurement_id")
    public UUID procurementId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "criteria", nullable = false)
    public List<Criterion> criteria;

    @Column(name = "scale_max", nullable = false)
    public int scaleMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_formula", nullable = false)
    public PriceFormula priceFormula;

    @Column(name = "quality_threshold_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal qualityThresholdPercent;

    @Column(name = "abnormally_low_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal abnormallyLowPercent;

    @Column(name = "discrepancy_points", nullable = false)
    public int discrepancyPoints;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tie_break", nullable = false)
    public List<TieBreak> tieBreak;

    @Column(name = "clarification_deadline", nullable = false)
    public Instant clarificationDeadline;

    @Column(name = "tender_deadline", nullable = false)
    public Instant tenderDeadline;

    /** What is bought, in words, for the tender notice. */
    @Column(name = "description")
    public String description;

    /** The estimated value of the contract over its term, excluding VAT, for the tender notice. */
    @Column(name = "estimated_value", precision = 14, scale = 2)
    public BigDecimal estimatedValue;

    /** The main CPV code of what is bought. */
    @Column(name = "main_classification")
    public String mainClassification;

    /** The lots the tender is divided into; empty when it is not divided. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lots", nullable = false)
    public List<Lot> lots = List.of();

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    EvaluationModel model() {
        return new EvaluationModel(criteria, scaleMax, priceFormula, qualityThresholdPercent, abnormallyLowPercent,
                discrepancyPoints, tieBreak, clarificationDeadline, tenderDeadline);
    }

    void apply(EvaluationModel model) {
        criteria = model.criteria();
        scaleMax = model.scaleMax();
        priceFormula = model.priceFormula();
        qualityThresholdPercent = model.qualityThresholdPercent();
        abnormallyLowPercent = model.abnormallyLowPercent();
        discrepancyPoints = model.discrepancyPoints();
        tieBreak = model.tieBreak();
        clarificationDeadline = model.clarificationDeadline();
        tenderDeadline = model.tenderDeadline();
    }

    void describe(TenderRequest request) {
        description = request.description();
        estimatedValue = request.estimatedValue();
        mainClassification = request.mainClassification() == null ? TenderRequest.DEFAULT_MAIN_CLASSIFICATION
                : request.mainClassification();
        lots = request.lots() == null ? List.of() : request.lots();
    }
}
