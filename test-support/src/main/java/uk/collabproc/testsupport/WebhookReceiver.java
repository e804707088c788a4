package uk.collabproc.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner system's endpoint in tests: an HTTP server on this machine that records every event POSTed to it, headers and
 * body, and answers 204, or a chosen status for the next few requests (a failing endpoint).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived ({@code at}: when it did), to {@code path}, and the status it was answered; header names in lower case. */
    public record Received(String path, Map<String, String> headers, String body, Instant at, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        /**
         * Whether it carries a valid Standard Webhooks signature by {@code secret}: HMAC-SHA256 of "id.timestamp.body" with
         * the secret's base64 key, checked here independently of the services' own signing code.
         */
        public boolean signedWith(String secret) {
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")),
                        "HmacSHA256"));
                String signed = header("webhook-id") + "." + header("webhook-timestamp") + "." + body;
                String expected = "v1,"
                        + java.util.Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
                return java.util.Arrays.asList(header("webhook-signature").split(" ")).contains(expected);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 503;
    private final Map<String, java.time.Duration> delays = new java.util.concurrent.ConcurrentHashMap<>();

    public WebhookReceiver() {
        server = StubService.startOnLoopback("webhook-receiver", this::handle);
    }

    /** Where to subscribe: a path of this receiver. */
    public String endpoint(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests to {@code path} are answered only after {@code delay}: a slow system. */
    public void slow(String path, java.time.Duration delay) {
        delays.put(path, delay);
    }

    /** The next {@code count} requests are answered {@code status}. */
    public void failNext(int count, int status) {
        failureStatus = status;
        failuresLeft.set(count);
    }

    /** Every request so far, in order of arrival, failed ones included. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code count} requests match, and answers them; fails the test after {@code timeout}. */
    public List<Received> await(Predicate<Received> matching, int count, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            List<Received> found = received.stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Expected " + count + " matching requests within " + timeout + "; received " + received);
            }
            Thread.sleep(50);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Instant arrived = Instant.now();
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? failureStatus : 204;
            java.time.Duration delay = delays.get(exchange.getRequestURI().getPath());
            if (delay != null) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body, arrived, status));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
