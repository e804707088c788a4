package uk.collabproc.common.remote;

/**
 * Enumerated values read from another service. That service may learn a value before this one does (a new regime, a
 * new status); a tolerant reader maps what it does not know to the enum's {@code UNKNOWN} instead of failing to read
 * the whole answer, and refuses clearly where the value matters. Each such enum names this in a {@code @JsonCreator}.
 */
public final class TolerantEnum {

    private TolerantEnum() {
    }

    /** The constant named {@code value}, or {@code unknown} for any other value, including none. */
    public static <E extends Enum<E>> E of(Class<E> type, String value, E unknown) {
        if (value == null) {
            return unknown;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return unknown;
    }
}
