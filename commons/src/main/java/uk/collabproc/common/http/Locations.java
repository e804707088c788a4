package uk.collabproc.common.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The {@code Location} of a created or existing resource: a path from the service's root, relative to whatever
 * host the client reached (RFC 9110 allows a relative reference), built the same way in every service.
 *
 * <p>
 * Two mistakes this avoids. Concatenating ids into a path lets an id with a space fail {@link URI#create} (a 500
 * after the data is stored) and lets an id like {@code eval/../x} point at another resource; here every value is
 * percent-encoded as exactly one path segment. And {@link Response#created(URI)} resolves a relative path against
 * the request's base URI, which comes from the {@code Host} header as the client sent it, so any client could
 * make the service answer a {@code Location} on a host of its choosing; {@link #created(URI)} sends the path as is.
 */
public final class Locations {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Locations() {
    }

    /**
     * The path {@code template} with each {@code {name}} placeholder replaced, in order, by the next value, encoded
     * as one path segment: {@code of("/api/v1/suppliers/{id}", id)}.
     *
     * @throws IllegalArgumentException when the values do not match the placeholders, or a value is empty,
     *             {@code .} or {@code ..} (a segment that would change the path rather than name a resource)
     */
    public static URI of(String template, Object... values) {
        StringBuilder path = new StringBuilder(template.length() + 64);
        int next = 0;
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed placeholder in " + template);
            }
            if (next >= values.length) {
                throw new IllegalArgumentException("Fewer values than placeholders in " + template);
            }
            path.append(template, from, open);
            appendSegment(path, values[next++]);
            from = close + 1;
        }
        if (next != values.length) {
            throw new IllegalArgumentException("More values than placeholders in " + template);
        }
        path.append(template, from, template.length());
        return URI.create(path.toString());
    }

    /**
     * {@code path} at another service, whose public address {@code serviceAddress} comes from configuration (never from
     * a request's {@code Host}), written with or without trailing slashes: {@code at("https://contracts.example/", of(…))}.
     */
    public static String at(String serviceAddress, URI path) {
        return serviceAddress.replaceAll("/+$", "") + path;
    }

    /** 201 Created with this {@code Location}, not resolved against the host the client named (see above). */
    public static Response.ResponseBuilder created(URI location) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, location);
    }

    private static void appendSegment(StringBuilder path, Object value) {
        String segment = String.valueOf(value);
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("'" + segment + "' cannot be a path segment");
        }
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c) || c == '@') {
                path.append(c);
            } else {
                path.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
    }

    /** RFC 3986 unreserved characters: the only ones that mean the same encoded or not. */
    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
