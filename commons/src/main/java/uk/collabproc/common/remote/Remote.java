package uk.collabproc.common.remote;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.quarkiverse.resteasy.problem.HttpProblem;

import uk.collabproc.common.problem.Problems;

/**
 * What every typed client of another service does the same way. A 404 is an answer (missing, or not the caller's
 * to see); any other 4xx is a refusal passed on to our caller as it was given; neither is retried nor counts
 * against the circuit breaker (so clients list {@link HttpProblem} in {@code abortOn}/{@code skipOn}). Anything else
 * is a failure, which ends as 503.
 */
public final class Remote {

    private static final Logger LOG = Logger.getLogger(Remote.class);

    private Remote() {
    }

    public static <T> Optional<T> unlessMissing(String service, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 400 && status < 500) {
                throw refused(service, e.getResponse());
            }
            throw e;
        }
    }

    public static RuntimeException unavailable(String service, Throwable cause) {
        if (cause instanceof HttpProblem problem) {
            return problem;
        }
        LOG.warnf("%s could not be read: %s", service, cause.toString());
        return Problems.unavailable(service + " cannot be reached just now; nothing has been changed. Try again shortly.");
    }

    private static HttpProblem refused(String service, Response response) {
        String detail = "";
        try {
            Object title = response.readEntity(Map.class).get("detail");
            detail = title == null ? "" : ": " + title;
        } catch (RuntimeException e) {
            // No problem document to quote; the status says enough.
        }
        return HttpProblem.builder()
                .withStatus(response.getStatus())
                .withTitle("Refused by " + service)
                .withDetail(service + " refused the request" + detail)
                .build();
    }
}
