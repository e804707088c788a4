package uk.collabproc.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Plain JSON over HTTP against the running services, as any client of the public API would call them. */
public final class Http {

    /** Decimals read as written (88.00 stays 88.00): money and scores are compared exactly. */
    public static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }

        /** Fails with the answer's body unless the status is the expected one. */
        public Answer expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("Expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    public static Answer send(String method, String url, String token, Object body) {
        return send(method, url, token, body, "application/json");
    }

    public static Answer send(String method, String url, String token, Object body, String contentType) {
        return send(method, url, token, body, contentType, Map.of());
    }

    /** The same with more request headers, e.g. the W3C {@code traceparent} of a trace the caller began. */
    public static Answer send(String method, String url, String token, Object body, String contentType, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2));
            headers.forEach(request::header);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Answer get(String url, String token) {
        return send("GET", url, token, null);
    }

    public static Answer post(String url, String token, Object body) {
        return send("POST", url, token, body);
    }

    public static Answer put(String url, String token, Object body) {
        return send("PUT", url, token, body);
    }
}
