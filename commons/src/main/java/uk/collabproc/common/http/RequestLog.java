package uk.collabproc.common.http;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One line for each request: method, path, status and milliseconds taken. It is logged while the request is being
 * handled, so that it carries the request's trace id, which OpenTelemetry keeps in the logging context: in production
 * (the only profile where this category logs at INFO) every request leaves its trace id in the JSON log of every
 * service it crossed, even one that logs nothing else. The path is logged as sent, still percent-encoded, so that no
 * decoded line break can start a forged line; the query string is left out, as it may hold what people searched for.
 */
public class RequestLog {

    /**
     * The log category, in lower case so that an environment variable can set its level unambiguously
     * ({@code QUARKUS_LOG_CATEGORY__UK_COLLABPROC_REQUESTS__LEVEL}).
     */
    public static final String CATEGORY = "uk.collabproc.requests";

    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @ServerRequestFilter(preMatching = true)
    public void start(ContainerRequestContext request) {
        if (LOG.isInfoEnabled()) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @ServerResponseFilter
    public void log(ContainerRequestContext request, ContainerResponseContext response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (request.getProperty(STARTED) instanceof Long started) {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.infof("%s %s %d %d ms", request.getMethod(), path, response.getStatus(), millis);
        } else {
            LOG.infof("%s %s %d", request.getMethod(), path, response.getStatus());
        }
    }
}
