package uk.collabproc.common.text;

/**
 * PostgreSQL cannot store the NUL character (U+0000) in text: an insert or even a query that carries one fails
 * inside the database, which used to surface as a 500. Text from clients is therefore refused where it enters the
 * service (JSON bodies, path and query parameters, CSV files, token claims), naming the field, before anything
 * is looked up or stored.
 */
public final class NulCharacter {

    /** The violation message, the same wherever the character is found. */
    public static final String MESSAGE = "must not contain the NUL character (U+0000)";

    private NulCharacter() {
    }

    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }
}
