package uk.collabproc.contract.casestudy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Figures as the case study prints them, for people rather than machines: "£31,000" (pence only when there are some),
 * "1,600", "19.2 %", "10 ×", "2 October 2017", "June 2017", "five years".
 * <p>
 * Only characters of WinAnsi, which the PDF's base-14 fonts cover: a hyphen-minus for negatives, never U+2212. A figure
 * and its unit are joined by a no-break space ({@link #NBSP}) so that a line never ends between "60.0" and "%" (nor the
 * PDF's text between them).
 */
public final class CaseStudyText {

    /** Keeps a figure and its unit on one line. */
    public static final char NBSP = '\u00A0';

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    private static final String[] SMALL_NUMBERS = { "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten" };

    private CaseStudyText() {
    }

    /** "£31,000", "£2,250.50", "-£2,000". */
    public static String money(BigDecimal amount) {
        BigDecimal pounds = amount.setScale(2, RoundingMode.HALF_UP);
        boolean whole = pounds.remainder(BigDecimal.ONE).signum() == 0;
        return (pounds.signum() < 0 ? "-£" : "£") + grouped(pounds.abs().setScale(whole ? 0 : 2, RoundingMode.HALF_UP));
    }

    /** A measured value as people write it, with thousands separators: "1,600", "0.1", "2.5", never "2.50" or "3E+4". */
    public static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        String digits = grouped(plain.abs().setScale(Math.max(plain.scale(), 0), RoundingMode.UNNECESSARY));
        return plain.signum() < 0 ? "-" + digits : digits;
    }

    /** "1,600". */
    public static String count(int value) {
        return number(BigDecimal.valueOf(value));
    }

    /** A percentage with the one decimal it was computed to, without sign: "19.2 %". */
    public static String percent(BigDecimal percent) {
        return grouped(percent.abs().setScale(1, RoundingMode.HALF_UP)) + NBSP + "%";
    }

    /** A change in %, signed: "-60.0 %", "+2,009.1 %", "0.0 %". */
    public static String change(BigDecimal percent) {
        String sign = percent.signum() < 0 ? "-" : percent.signum() > 0 ? "+" : "";
        return sign + percent(percent);
    }

    /** A multiple: "10 ×", "2.5 ×". */
    public static String times(BigDecimal ratio) {
        return number(ratio) + NBSP + "×";
    }

    /** "160 Mbps". */
    public static String mbps(int bandwidth) {
        return count(bandwidth) + NBSP + "Mbps";
    }

    /** "0.1 FTE". */
    public static String fte(BigDecimal fte) {
        return number(fte) + NBSP + "FTE";
    }

    /** "6 months", "1 month", "15.4 months". */
    public static String months(BigDecimal months) {
        return number(months) + NBSP + (months.compareTo(BigDecimal.ONE) == 0 ? "month" : "months");
    }

    /** A computed number of months with the one decimal it was computed to: "15.4 months", "12.0 months". */
    public static String computedMonths(BigDecimal months) {
        return grouped(months.setScale(1, RoundingMode.HALF_UP)) + NBSP + "months";
    }

    /** "2 October 2017". */
    public static String date(LocalDate date) {
        return DAY.format(date);
    }

    /** "1 August – 29 September 2017", "4 – 8 March 2018", "1 December 2017 – 15 January 2018"; one day as {@link #date}. */
    public static String dates(LocalDate from, LocalDate to) {
        if (to == null || to.equals(from)) {
            return date(from);
        }
        String start = from.getYear() != to.getYear() ? date(from)
                : from.getMonth() != to.getMonth() ? DAY_AND_MONTH.format(from) : String.valueOf(from.getDayOfMonth());
        return start + " – " + date(to);
    }

    /** "June 2017". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "March – September 2018", "November 2017 – February 2018"; one month as {@link #month}. */
    public static String period(YearMonth from, YearMonth to) {
        if (from.equals(to)) {
            return month(from);
        }
        return (from.getYear() == to.getYear() ? from.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) : month(from)) + " – "
                + month(to);
    }

    /** "Jun 17": a column of a monthly chart. */
    public static String shortMonth(YearMonth month) {
        // One label a column: "Aug 18" wrapped onto two lines under a narrow column in the browser.
        return SHORT_MONTH.format(month).replace(' ', NBSP);
    }

    /** A contract term as people say it: in years when it is whole years ("five years", "one year", "12 years"), else months. */
    public static String term(int months) {
        if (months % 12 != 0 || months == 0) {
            return months + " " + (months == 1 ? "month" : "months");
        }
        int years = months / 12;
        return (years < SMALL_NUMBERS.length ? SMALL_NUMBERS[years] : String.valueOf(years)) + " " + (years == 1 ? "year" : "years");
    }

    /** A procurement regime's code as its law's name. */
    public static String regime(String regime) {
        if (regime == null) {
            return "public procurement law";
        }
        return switch (regime) {
            case "PCR_2015" -> "the Public Contracts Regulations 2015";
            case "PA_2023" -> "the Procurement Act 2023";
            default -> regime.replace('_', ' ');
        };
    }

    /** The sentence's first letter as a capital, the rest as written (names keep their capitals). */
    static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String grouped(BigDecimal nonNegative) {
        return String.format(Locale.UK, "%,." + nonNegative.scale() + "f", nonNegative);
    }
}
