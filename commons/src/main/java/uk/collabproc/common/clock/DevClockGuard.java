package uk.collabproc.common.clock;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Where the clock may not be moved, {@code /api/dev/clock} answers exactly like an unknown path. The check
 * runs before matching, so that not even a validation error tells a caller the endpoint is there.
 */
public class DevClockGuard {

    /**
     * Whether the service clock may be moved. True in dev, test and local runs; production leaves it false.
     */
    @ConfigProperty(name = "collab.dev-clock.enabled", defaultValue = "false")
    boolean enabled;

    @ServerRequestFilter(preMatching = true)
    public void hideWhenDisabled(ContainerRequestContext request) {
        if (!enabled && request.getUriInfo().getPath().startsWith("/api/dev/clock")) {
            throw new NotFoundException();
        }
    }
}
