package uk.collabproc.supplier.evaluation;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.supplier.ranking.WeightSensitivity;

@Schema(name = "WeightSensitivity", description = "How far one criterion's weight can move, the others rescaled in proportion, before the "
        + "first-ranked bid changes; the challenger is the bid that would overtake at that end (absent if none does)")
public record SensitivityEntry(
        String criterionCode,
        BigDecimal currentWeight,
        BigDecimal lowestWeightKeepingWinner,
        BigDecimal highestWeightKeepingWinner,
        UUID challengerBelow,
        UUID challengerAbove) {

    static SensitivityEntry of(WeightSensitivity sensitivity) {
        return new SensitivityEntry(sensitivity.criterionCode(), sensitivity.currentWeight(),
                Display.twoDecimals(sensitivity.lowestWeightKeepingWinner()), Display.twoDecimals(sensitivity.highestWeightKeepingWinner()),
                sensitivity.challengerBelow(), sensitivity.challengerAbove());
    }
}
