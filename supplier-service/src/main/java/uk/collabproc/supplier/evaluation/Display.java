package uk.collabproc.supplier.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores and money are exact inside and rounded to two decimals only when shown (docs/domain.md#rounding). */
final class Display {

    private Display() {
    }

    static BigDecimal twoDecimals(BigDecimal exact) {
        return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
    }
}
