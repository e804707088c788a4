package uk.collabproc.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for another of our services in a service's own tests (the pacts and the system test check the real
 * one): an HTTP server on a free port that answers GETs with whatever a test stored under that path. Tests drive
 * it over HTTP because they may run in another class loader: PUT {@code /fake/<path>} stores a JSON answer for
 * GET {@code <path>}, DELETE forgets it, {@code /fake/outage} makes every answer a 503 until {@code /fake/recovery},
 * {@code /fake/last-authorization} tells the Authorization header of the last call, {@code /fake/authorization/<path>} that of
 * the last call to that path, {@code /fake/header/<name>/<path>} any header of the last call to that path (the
 * {@code traceparent} the caller propagated), {@code /fake/requests} every call ("METHOD path?query" a line), {@code /fake/bodies/<path>}
 * the bodies sent to that path as one JSON array, oldest first (what the neighbour was told); PUT {@code /fake/hang} with a number
 * of milliseconds makes every answer wait that long (a hung neighbour) until {@code /fake/unhang}; stored answers are
 * given to any method. An answer stored for a path with a query ({@code /fake/<path>?lot=1}) answers calls with exactly that
 * query; other calls to the path get the answer stored for the bare path, if any. Liveness always answers.
 */
public final class StubService {

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, java.util.List<String>> received = new ConcurrentHashMap<>();
    private volatile boolean outage;
    private volatile String lastAuthorization = "";
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private final Map<String, Headers> headers = new ConcurrentHashMap<>();
    private volatile long hangMillis;
    private final java.util.List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

    public StubService() {
        server = startOnLoopback("stub-service", this::handle);
    }

    /**
     * An HTTP server on a free port of this machine answering every path with {@code handler}. Calls are answered in
     * parallel, so that a hanging answer does not hold up the test's own control calls, nor one sender another.
     */
    static HttpServer startOnLoopback(String threadName, com.sun.net.httpserver.HttpHandler handler) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", handler);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return server;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String method = exchange.getRequestMethod();
        if (path.startsWith("/fake/")) {
            control(exchange, method, path.substring("/fake".length()), query);
            return;
        }
        lastAuthorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        authorizations.put(path, lastAuthorization);
        headers.put(path, exchange.getRequestHeaders());
        requests.add(method + " " + path + (query == null ? "" : "?" + query));
        String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!sent.isBlank()) {
            received.computeIfAbsent(path, any -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(sent);
        }
        if (hangMillis > 0 && !"/q/health/live".equals(path)) {
            try {
                Thread.sleep(hangMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String body = "/q/health/live".equals(path) ? "{\"status\":\"UP\"}"
                : query != null && answers.containsKey(path + "?" + query) ? answers.get(path + "?" + query) : answers.get(path);
        if (outage) {
            respond(exchange, 503, "{\"status\":503}");
        } else if (body == null) {
            respond(exchange, 404, "{\"status\":404}");
        } else {
            respond(exchange, 200, body);
        }
    }

    private void control(HttpExchange exchange, String method, String path, String query) throws IOException {
        switch (path) {
            case "/outage" -> outage = true;
            case "/hang" ->
                hangMillis = Long.parseLong(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).strip());
            case "/unhang" -> hangMillis = 0;
            case "/recovery" -> outage = false;
            case "/requests" -> {
                respond(exchange, 200, String.join("\n", requests));
                return;
            }
            case "/last-authorization" -> {
                respond(exchange, 200, lastAuthorization);
                return;
            }
            default -> {
                if (path.startsWith("/header/")) {
                    String nameAndPath = path.substring("/header/".length());
                    int slash = nameAndPath.indexOf('/');
                    Headers seen = headers.get(nameAndPath.substring(slash));
                    String value = seen == null ? null : seen.getFirst(nameAndPath.substring(0, slash));
                    respond(exchange, 200, value == null ? "" : value);
                    return;
                }
                if (path.startsWith("/bodies/")) {
                    respond(exchange, 200,
                            "[" + String.join(",", received.getOrDefault(path.substring("/bodies".length()), java.util.List.of()))
                                    + "]");
                    return;
                }
                if (path.startsWith("/authorization/")) {
                    respond(exchange, 200, authorizations.getOrDefault(path.substring("/authorization".length()), ""));
                    return;
                }
                String key = path + (query == null ? "" : "?" + query);
                if ("PUT".equals(method)) {
                    answers.put(key, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                } else if ("DELETE".equals(method)) {
                    answers.remove(key);
                }
            }
        }
        respond(exchange, 204, null);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
