package uk.collabproc.testsupport;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A W3C {@code traceparent} header (https://www.w3.org/TR/trace-context/), sampled: a client that sends one of its own
 * knows the trace id its request is traced and logged under in every service it crosses.
 */
public record Traceparent(String traceId, String parentId) {

    public static final String HEADER = "traceparent";

    private static final Pattern SAMPLED = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01");

    /** A new trace, as a client starts one: random ids, as the specification asks. */
    public static Traceparent random() {
        return new Traceparent(hex(16), hex(8));
    }

    /** The header as a service sent it on; refused unless it is a well-formed, sampled one. */
    public static Traceparent parse(String header) {
        Matcher matcher = SAMPLED.matcher(header);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a sampled W3C traceparent: '" + header + "'");
        }
        return new Traceparent(matcher.group(1), matcher.group(2));
    }

    /** The header's value. */
    @Override
    public String toString() {
        return "00-" + traceId + "-" + parentId + "-01";
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
