package uk.collabproc.procurement.requirement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/procurements/{id}/requirements")
@Tag(name = "Requirements", description = "What each member needs at its sites: drafted, submitted, approved or returned")
@Produces(MediaType.APPLICATION_JSON)
public class RequirementResource {

    @Inject
    RequirementService requirements;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Record a requirement", description = "For a site of the member's own organisation; one per site and procurement. Starts as DRAFT.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location", description = "The requirement"), content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid requirement, or not a site of the member's organisation")
    @APIResponse(responseCode = "404", description = "No such procurement")
    @APIResponse(responseCode = "409", description = "A requirement for the site exists (Location points at it); not a member of the procurement; gathering over or past the deadline", headers = @Header(name = "Location", description = "The existing requirement"))
    public Response create(@PathParam("id") UUID procurementId, @Valid @NotNull RequirementRequest request) {
        RequirementView created = requirements.create(procurementId, request);
        return Locations.created(RequirementService.location(procurementId, created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.MEMBER, Roles.OFFICER })
    @Operation(summary = "List requirements", description = "An officer sees all, a member its own organisation's. The total is in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of requirements", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many match", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RequirementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters")
    @APIResponse(responseCode = "404", description = "No such procurement")
    @APIResponse(responseCode = "409", description = "The member's organisation is not a member of the procurement")
    public Response list(@PathParam("id") UUID procurementId,
            @QueryParam("status") @Parameter(description = "Only requirements in this status") RequirementStatus status,
            @QueryParam("odsCode") @Parameter(description = "Officers: only this organisation's") String odsCode,
            @Valid @BeanParam PageRequest page) {
        return requirements.list(procurementId, status, odsCode, page).toResponse();
    }

    @GET
    @Path("{rid}")
    @RolesAllowed({ Roles.MEMBER, Roles.OFFICER })
    @Operation(summary = "Read a requirement")
    @APIResponse(responseCode = "200", description = "The requirement", content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(responseCode = "404", description = "No such requirement, or another organisation's")
    @APIResponse(responseCode = "409", description = "The member's organisation is not a member of the procurement")
    public RequirementView get(@PathParam("id") UUID procurementId, @PathParam("rid") UUID requirementId) {
        return requirements.get(procurementId, requirementId);
    }

    @PUT
    @Path("{rid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Change a draft or returned requirement", description = "Send the version you read; a changed returned requirement is a draft again")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid requirement, no version, or another site")
    @APIResponse(responseCode = "404", description = "No such requirement, or another organisation's")
    @APIResponse(responseCode = "409", description = "Stale version; submitted or approved; gathering over or past the deadline")
    public RequirementView update(@PathParam("id") UUID procurementId, @PathParam("rid") UUID requirementId,
            @Valid @NotNull RequirementRequest request) {
        return requirements.update(procurementId, requirementId, request);
    }

    @DELETE
    @Path("{rid}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Withdraw a draft or returned requirement")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such requirement, or another organisation's")
    @APIResponse(responseCode = "409", description = "Submitted or approved; gathering over or past the deadline")
    public Response delete(@PathParam("id") UUID procurementId, @PathParam("rid") UUID requirementId) {
        requirements.delete(procurementId, requirementId);
        return Response.noContent().build();
    }

    @POST
    @Path("{rid}/submit")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Submit a requirement to the officer", description = "Before the requirements deadline only")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(responseCode = "404", description = "No such requirement, or another organisation's")
    @APIResponse(responseCode = "409", description = "Already submitted or approved; gathering over or past the deadline")
    public RequirementView submit(@PathParam("id") UUID procurementId, @PathParam("rid") UUID requirementId) {
        return requirements.submit(procurementId, requirementId);
    }

    @POST
    @Path("{rid}/approve")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Approve a submitted requirement", description = "Approved requirements make the tender's pricing schedule")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(responseCode = "404", description = "No such requirement")
    @APIResponse(responseCode = "409", description = "Not submitted, the tender is published, or changed meanwhile")
    public RequirementView approve(@PathParam("id") UUID procurementId, @PathParam("rid") UUID requirementId) {
        return requirements.approve(procurementId, requirementId);
    }

    @POST
    @Path("{rid}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Return a submitted requirement to the member", description = "With the reason; the member may change it and submit it again")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such requirement")
    @APIResponse(responseCode = "409", description = "Not submitted, the tender is published, or changed meanwhile")
    public RequirementView sendBack(@PathParam("id") UUID procurementId, @PathParam("rid") UUID requirementId,
            @Valid @NotNull ReturnRequest request) {
        return requirements.sendBack(procurementId, requirementId, request);
    }
}
