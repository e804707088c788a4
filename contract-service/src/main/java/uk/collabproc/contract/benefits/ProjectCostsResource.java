package uk.collabproc.contract.benefits;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import uk.collabproc.common.security.Roles;

@Path("/api/v1/contracts/{id}/organisations/{odsCode}/project-costs")
@Tag(name = "Benefits")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectCostsResource {

    @Inject
    BenefitsService benefits;

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
    @Operation(summary = "An organisation's own project costs")
    @APIResponse(responseCode = "200", description = "The project costs", content = @Content(schema = @Schema(implementation = ProjectCostsView.class)))
    @APIResponse(responseCode = "404", description = "None recorded, no such contract, or not the member's organisation")
    public ProjectCostsView get(@PathParam("id") UUID contractId, @PathParam("odsCode") String odsCode) {
        return benefits.projectCosts(contractId, odsCode);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
    @Operation(summary = "Record an organisation's own project costs", description = "Capital it spends beyond the supplier's one-off charges, and internal effort: FTE × months "
            + "at its own cost per FTE. They join the benefits' total cost of ownership and payback period. A member records its own "
            + "organisation's; replacing them needs the version read.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ProjectCostsView.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ProjectCostsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid costs, or no version when replacing them")
    @APIResponse(responseCode = "404", description = "No such contract, the organisation has no sites in it, or not the member's organisation")
    @APIResponse(responseCode = "409", description = "Stale version")
    public Response record(@PathParam("id") UUID contractId, @PathParam("odsCode") String odsCode,
            @Valid @NotNull ProjectCostsRecord request) {
        return benefits.recordProjectCosts(contractId, odsCode, request).toResponse();
    }
}
