package uk.collabproc.contract.benefits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenefitMeasure")
public record BenefitMeasureView(
        UUID id,
        UUID contractId,
        String name,
        String unit,
        MeasureFigures.Direction direction,
        ClinicalService clinicalService,
        String description,
        boolean additive,
        @Schema(description = "Each organisation's baseline and target; a member sees its own only") List<BaselineView> organisations,
        String createdBy,
        Instant createdAt,
        long version) {

    @Schema(name = "OrganisationBaselineView")
    public record BaselineView(String odsCode, BigDecimal baselineValue,
            @Schema(examples = "2017-06") YearMonth baselinePeriod, BigDecimal targetValue,
            String setBy, Instant setAt, long version) {

        static BaselineView of(BenefitBaseline baseline) {
            return new BaselineView(baseline.odsCode, MeasureFigures.plain(baseline.baselineValue), YearMonth.from(baseline.baselinePeriod),
                    MeasureFigures.plain(baseline.targetValue), baseline.setBy, baseline.setAt, baseline.version);
        }
    }

    static BenefitMeasureView of(BenefitMeasure measure, List<BenefitBaseline> baselines) {
        return new BenefitMeasureView(measure.id, measure.contractId, measure.name, measure.unit, measure.direction,
                measure.clinicalService,
                measure.description, measure.additive, baselines.stream().map(BaselineView::of).toList(), measure.createdBy,
                measure.createdAt, measure.version);
    }
}
