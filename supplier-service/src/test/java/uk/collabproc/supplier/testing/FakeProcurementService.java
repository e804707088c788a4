package uk.collabproc.supplier.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for procurement-service in supplier-service's own tests (the pact and the system test check
 * the real one): an HTTP server on a free port that answers GETs with whatever a test stored under that
 * path. Tests drive it over HTTP ({@link ProcurementStub}) because they run in another class loader.
 * {@code /fake/outage} makes every answer a 503 until {@code /fake/recovery}.
 */
public class FakeProcurementService implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private volatile boolean outage;
    private volatile String lastAuthorization = "";

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.procurement-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.startsWith("/fake/")) {
            control(exchange, method, path.substring("/fake".length()));
            return;
        }
        lastAuthorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        String body = "/q/health/live".equals(path) ? "{\"status\":\"UP\"}" : bodies.get(path);
        if (outage) {
            respond(exchange, 503, "{\"status\":503}");
        } else if (body == null) {
            respond(exchange, 404, "{\"status\":404}");
        } else {
            respond(exchange, 200, body);
        }
    }

    private void control(HttpExchange exchange, String method, String path) throws IOException {
        switch (path) {
            case "/outage" -> outage = true;
            case "/recovery" -> outage = false;
            case "/last-authorization" -> {
                respond(exchange, 200, lastAuthorization);
                return;
            }
            default -> {
                if ("PUT".equals(method)) {
                    bodies.put(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                } else if ("DELETE".equals(method)) {
                    bodies.remove(path);
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
