package uk.collabproc.contract.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for procurement-service or supplier-service in the tests of lots ({@link LotsFakeServices}), driven as
 * test-support's {@code StubService} is (PUT {@code /fake/<path>} stores the JSON answer for {@code <path>}, given to any
 * method; {@code /fake/requests} lists the calls), with two things the lots need that it does not do: an answer may be
 * stored for a path with its query ({@code /fake/<path>?lot=1}: the ranking of one lot; a call with another query, or
 * none, gets the answer of the bare path, if any), and the calls are listed with their query; and the body of every call
 * is kept, {@code /fake/bodies/<path>} answering those sent to a path as one JSON array, oldest first (what
 * procurement-service was told).
 */
public final class QueryAwareStandIn {

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, List<String>> bodies = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public QueryAwareStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "query-aware-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
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
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(method + " " + path + (query == null ? "" : "?" + query));
        if (!body.isBlank()) {
            bodies.computeIfAbsent(path, any -> new CopyOnWriteArrayList<>()).add(body);
        }
        String answer = "/q/health/live".equals(path) ? "{\"status\":\"UP\"}"
                : query != null && answers.containsKey(path + "?" + query) ? answers.get(path + "?" + query) : answers.get(path);
        respond(exchange, answer == null ? 404 : 200, answer == null ? "{\"status\":404}" : answer);
    }

    private void control(HttpExchange exchange, String method, String path, String query) throws IOException {
        if ("/requests".equals(path)) {
            respond(exchange, 200, String.join("\n", requests));
            return;
        }
        if (path.startsWith("/bodies/")) {
            respond(exchange, 200, "[" + String.join(",", bodies.getOrDefault(path.substring("/bodies".length()), List.of())) + "]");
            return;
        }
        String key = path + (query == null ? "" : "?" + query);
        if ("PUT".equals(method)) {
            answers.put(key, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } else if ("DELETE".equals(method)) {
            answers.remove(key);
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
