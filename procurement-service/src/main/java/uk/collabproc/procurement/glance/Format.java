package uk.collabproc.procurement.glance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Figures as a board reads them: pounds with thousands separators, bandwidth in Mbps, percentages. */
final class Format {

    private Format() {
    }

    static String pounds(BigDecimal amount) {
        return amount == null ? "–" : pounds(amount.doubleValue());
    }

    static String pounds(double amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(0);
        return format.format(Math.round(amount));
    }

    /** A small sum whose pence matter, such as what a Mbps costs a year: "£14.38". */
    static String poundsAndPence(BigDecimal amount) {
        return amount == null ? "–" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String mbps(double mbps) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(mbps)) + " Mbps";
    }

    static String count(double value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(value));
    }

    static String decimal(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString() + " %";
    }

    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
    }

    static double number(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }
}
