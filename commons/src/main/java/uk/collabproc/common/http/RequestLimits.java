package uk.collabproc.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import uk.collabproc.common.problem.ProblemTypes;

/**
 * Requests too large to handle are answered as problem+json like every other error. Vert.x and Quarkus refuse them
 * before any JAX-RS code runs, with an empty body: a body over {@code quarkus.http.limits.max-body-size} is answered
 * 413 by Quarkus's upload-limit route (when the {@code Content-Length} says so), and a request line over
 * {@code quarkus.http.limits.max-initial-line-length} 414 by Vert.x's handler for requests it cannot decode, which
 * Quarkus offers no way to replace. So this route runs just before Quarkus's and refuses the same requests itself:
 *
 * <ul>
 * <li>a declared body over {@code quarkus.http.limits.max-body-size}: 413, the same limit Quarkus enforces;
 * <li>a request line over {@code collab.http.limits.max-request-line-length} (4096, Quarkus's default for the other
 * setting): 414. The transport's own limit ({@code max-initial-line-length}) is set far above it in the shared
 * configuration, so that such lines get here; only a line longer even than that still gets Vert.x's bare 414.
 * </ul>
 *
 * A body sent in chunks, without a length, is still counted and cut off by Quarkus as it arrives.
 */
@ApplicationScoped
public class RequestLimits {

    static final String PROBLEM_JSON = "application/problem+json";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    String maxBodySize;

    @ConfigProperty(name = "collab.http.limits.max-request-line-length", defaultValue = "4096")
    int maxRequestLineLength;

    void install(@Observes Router router) {
        MemorySize bodyLimit = new MemorySizeConverter().convert(maxBodySize);
        long maxBodyBytes = bodyLimit.asLongValue();
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> enforce(context, maxBodyBytes));
    }

    private void enforce(RoutingContext context, long maxBodyBytes) {
        HttpServerRequest request = context.request();
        // METHOD SP request-target SP HTTP-version, as it came over the wire.
        long requestLine = request.method().name().length() + 1L + request.uri().length() + 1L + "HTTP/1.1".length();
        if (requestLine > maxRequestLineLength) {
            refuse(context, 414, "URI Too Long", "The request line is longer than the " + maxRequestLineLength
                    + " characters this service reads; send long input in the request body");
            return;
        }
        Long declared = declaredLength(request);
        if (declared != null && declared > maxBodyBytes) {
            refuse(context, 413, "Content Too Large", "The request body is larger than the " + maxBodyBytes
                    + " bytes this service accepts");
            return;
        }
        context.next();
    }

    private static Long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        try {
            return Long.valueOf(length.strip());
        } catch (NumberFormatException e) {
            return null; // not ours to judge: the HTTP codec refuses a malformed length
        }
    }

    /**
     * Answers the problem and closes the connection: the rest of what the client sends (a body that is too large) is
     * never read, so the connection cannot carry another request.
     */
    private static void refuse(RoutingContext context, int status, String title, String detail) {
        String problem = new JsonObject()
                .put("type", ProblemTypes.ABOUT_BLANK.toString())
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .encode();
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, PROBLEM_JSON)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(problem)
                .onComplete(done -> context.request().connection().close());
    }
}
