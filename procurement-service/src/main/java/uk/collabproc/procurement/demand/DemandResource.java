package uk.collabproc.procurement.demand;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.cache.ConditionalRead;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/procurements/{id}/demand")
@Tag(name = "Requirements")
@Produces(MediaType.APPLICATION_JSON)
public class DemandResource {

    @Inject
    DemandService demand;

    @GET
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Consolidated demand", description = "Totals and per member: sites, requirements by status, bandwidth before and after "
            + "and their ratio, legacy annual cost (of the requirements in play: submitted or approved); and the members that have submitted nothing")
    @APIResponse(responseCode = "200", description = "The demand", content = @Content(schema = @Schema(implementation = DemandView.class)))
    @APIResponse(responseCode = "404", description = "No such procurement")
    public Response demand(@PathParam("id") UUID procurementId,
            @HeaderParam(ConditionalRead.IF_NONE_MATCH) String ifNoneMatch) {
        return ConditionalRead.answer(demand.demand(procurementId), ifNoneMatch);
    }
}
