package uk.collabproc.procurement.site;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK postcodes in the format Royal Mail publishes: an outward code (area letters, district) and an inward
 * code (sector digit, unit letters), e.g. {@code PL6 8DH}. Stored in the canonical form: upper case, one space.
 */
public final class UkPostcode {

    private static final Pattern FORMAT = Pattern.compile(
            "(GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPS-UW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?) ?[0-9][ABD-HJLNP-UW-Z]{2})");

    private UkPostcode() {
    }

    /** The canonical form of a valid postcode, or empty when the text is not one. */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (compact.length() < 5 || compact.length() > 7 || !FORMAT.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }
}
