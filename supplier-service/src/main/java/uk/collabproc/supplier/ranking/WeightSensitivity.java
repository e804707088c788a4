package uk.collabproc.supplier.ranking;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How far one criterion's weight can move, the other weights rescaled in proportion so that they still sum
 * to 100, before the first-ranked bid changes. A challenger is absent where the winner holds to the end
 * of the range (0 or 100).
 */
public record WeightSensitivity(
        String criterionCode,
        BigDecimal currentWeight,
        BigDecimal lowestWeightKeepingWinner,
        BigDecimal highestWeightKeepingWinner,
        UUID challengerBelow,
        UUID challengerAbove) {
}
