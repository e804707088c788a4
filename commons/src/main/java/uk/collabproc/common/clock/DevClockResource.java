package uk.collabproc.common.clock;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * Moves business time in dev, test and local runs so that tests and the demo can replay a 2017 procurement.
 * Hidden from the OpenAPI document because it is not part of the public contract; {@link DevClockGuard}
 * makes it answer 404 in production, where it must not exist.
 */
@Path("/api/dev/clock")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevClockResource {

    private static final Logger LOG = Logger.getLogger(DevClockResource.class);

    @Inject
    ServiceClock clock;

    @GET
    @Operation(hidden = true)
    public ClockSetting get() {
        return new ClockSetting(clock.now());
    }

    @PUT
    @Operation(hidden = true)
    public ClockSetting set(@Valid @NotNull ClockSetting setting) {
        clock.set(setting.now());
        LOG.infof("Service clock moved to %s", setting.now());
        return new ClockSetting(clock.now());
    }
}
