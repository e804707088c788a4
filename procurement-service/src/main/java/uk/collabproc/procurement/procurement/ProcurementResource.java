package uk.collabproc.procurement.procurement;

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

import io.quarkus.security.Authenticated;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.security.Roles;

@Path(ProcurementService.PATH)
@Tag(name = "Procurements", description = "Collaborative procurements, their members and deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class ProcurementResource {

    @Inject
    ProcurementService procurements;

    @Inject
    MembershipService members;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Start a procurement", description = "The lead partner becomes its first member; requirements gathering begins")
    @APIResponse(responseCode = "201", description = "Started", headers = @Header(name = "Location", description = "The procurement"), content = @Content(schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid procurement (unknown lead partner, wrong regime for today, past deadline, …)")
    @APIResponse(responseCode = "409", description = "The reference is taken; Location points at that procurement", headers = @Header(name = "Location", description = "The existing procurement"))
    public Response create(@Valid @NotNull NewProcurement request) {
        ProcurementView created = procurements.create(request);
        return Locations.created(ProcurementService.location(created.id())).entity(created).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List procurements", description = "Oldest first; suppliers see published ones only. The total is in X-Total-Count. "
            + "`reference` finds the procurement of that reference: a list of one, or empty when there is none the caller may see.")
    @APIResponse(responseCode = "200", description = "One page of procurements", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many there are in all", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProcurementView.class)))
    public Response list(@Valid @BeanParam PageRequest page,
            @QueryParam("reference") @jakarta.validation.constraints.Pattern(regexp = NewProcurement.REFERENCE, message = NewProcurement.REFERENCE_RULE) @Parameter(description = "Only the procurement with this reference", example = "UHP-2017-HSCN-01") String reference) {
        return procurements.list(page, reference).toResponse();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Read a procurement", description = "Suppliers see it once its tender is published")
    @APIResponse(responseCode = "200", description = "The procurement", content = @Content(schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "404", description = "No such procurement, or not yet published for a supplier")
    public ProcurementView get(@PathParam("id") UUID id) {
        return procurements.get(id);
    }

    @PUT
    @Path("{id}/requirements-deadline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Extend the requirements deadline", description = "Only later, only while requirements are gathered; the change and its reason are recorded")
    @APIResponse(responseCode = "200", description = "Extended", content = @Content(schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "400", description = "Not a later deadline, or no reason")
    @APIResponse(responseCode = "404", description = "No such procurement")
    @APIResponse(responseCode = "409", description = "Stale version, or requirements gathering is over")
    public ProcurementView extendRequirementsDeadline(@PathParam("id") UUID id, @Valid @NotNull DeadlineExtension request) {
        return procurements.extendRequirementsDeadline(id, request);
    }

    @POST
    @Path("{id}/award-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRACT_SERVICE)
    // Only contract-service calls it, with its service identity: not part of the public API (AccessMatrixTest covers it).
    @Operation(hidden = true, summary = "Record the award decision (contract-service only)", description = "Called by contract-service with its own service identity once it has stored the award; the status becomes "
            + "AWARDED with the award's reference, and bidders may then read their assessment summaries. Repeating it for the "
            + "same award changes nothing. People, officers included, cannot call it.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "400", description = "No award reference, decision date or end of standstill")
    @APIResponse(responseCode = "404", description = "No such procurement")
    @APIResponse(responseCode = "409", description = "The procurement is not in evaluation, or another award is recorded")
    public ProcurementView recordAwardDecision(@PathParam("id") UUID id, @Valid @NotNull AwardDecision decision) {
        return procurements.recordAwardDecision(id, decision);
    }

    @POST
    @Path("{id}/contract-conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRACT_SERVICE)
    // Only contract-service calls it, with its service identity: not part of the public API (AccessMatrixTest covers it).
    @Operation(hidden = true, summary = "Record the concluded contract (contract-service only)", description = "Called by contract-service with its own service identity once it has stored the contract of the recorded "
            + "award; the status becomes CONTRACTED. Repeating it for the same contract changes nothing.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "400", description = "No award or contract reference")
    @APIResponse(responseCode = "404", description = "No such procurement")
    @APIResponse(responseCode = "409", description = "The procurement has not been awarded, by this award, or another contract is recorded")
    public ProcurementView recordContractConclusion(@PathParam("id") UUID id, @Valid @NotNull ContractConclusion conclusion) {
        return procurements.recordContractConclusion(id, conclusion);
    }

    @PUT
    @Path("{id}/co-leads/{odsCode}")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Name a member as co-lead", description = "The lead partner's officer names a member whose officers may then run the procurement with it. Only before "
            + "publication: the tender names who runs the competition. Idempotent.")
    @APIResponse(responseCode = "200", description = "Named (or was already)", content = @Content(schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "404", description = "No such procurement (or not led by your organisation), or the organisation is not a member")
    @APIResponse(responseCode = "409", description = "The tender is published already")
    public ProcurementView nameCoLead(@PathParam("id") UUID id, @PathParam("odsCode") String odsCode) {
        return members.setCoLead(id, odsCode, true);
    }

    @DELETE
    @Path("{id}/co-leads/{odsCode}")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Stop a member being co-lead", description = "Only before publication. Idempotent.")
    @APIResponse(responseCode = "200", description = "Done (or was not co-lead)", content = @Content(schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "404", description = "No such procurement (or not led by your organisation), or the organisation is not a member")
    @APIResponse(responseCode = "409", description = "The tender is published already")
    public ProcurementView dropCoLead(@PathParam("id") UUID id, @PathParam("odsCode") String odsCode) {
        return members.setCoLead(id, odsCode, false);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Cancel the procurement")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "404", description = "No such procurement")
    @APIResponse(responseCode = "409", description = "Stale version, or already contracted or cancelled")
    public ProcurementView cancel(@PathParam("id") UUID id, @Valid @NotNull Cancellation request) {
        return procurements.cancel(id, request);
    }

    @POST
    @Path("{id}/lots/{number}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Cancel one lot", description = "A lot of a divided tender that is not awarded, while the tender is open or under evaluation: "
            + "no bid on it qualified, or the need went away. The other lots go on: the procurement is AWARDED once each of them is awarded, "
            + "CONTRACTED once each is contracted, and CANCELLED when every lot is cancelled. Send the procurement's version.")
    @APIResponse(responseCode = "200", description = "The lot is CANCELLED", content = @Content(schema = @Schema(implementation = ProcurementView.class)))
    @APIResponse(responseCode = "400", description = "No reason, or not a lot number")
    @APIResponse(responseCode = "404", description = "No such procurement, or no such lot")
    @APIResponse(responseCode = "409", description = "Stale version, the lot is awarded already, or the procurement is not open or under evaluation")
    public ProcurementView cancelLot(@PathParam("id") UUID id,
            @PathParam("number") @jakarta.validation.constraints.Pattern(regexp = ProcurementLot.NUMBER, message = "must be a lot number such as 1") @Parameter(description = "The lot's number", example = "2") String number,
            @Valid @NotNull Cancellation request) {
        return procurements.cancelLot(id, number, request);
    }

    @GET
    @Path("{id}/members")
    @Authenticated
    @Operation(summary = "List the members", description = "The lead partner included; sorted by ODS code. The total is in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of members", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many members there are", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "No such procurement")
    public Response members(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return members.list(id, page).toResponse();
    }

    @PUT
    @Path("{id}/members/{odsCode}")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Add a member", description = "Idempotent: adding a member twice changes nothing")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "204", description = "Was a member already")
    @APIResponse(responseCode = "404", description = "No such procurement or organisation")
    @APIResponse(responseCode = "409", description = "Requirements gathering is over")
    public Response addMember(@PathParam("id") UUID id, @PathParam("odsCode") String odsCode) {
        return members.add(id, odsCode)
                ? Locations.created(Locations.of(ProcurementService.PATH + "/{id}/members", id)).build()
                : Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{odsCode}")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Remove a member")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such procurement or member")
    @APIResponse(responseCode = "409", description = "The lead partner, a member with requirements, or gathering is over")
    public Response removeMember(@PathParam("id") UUID id, @PathParam("odsCode") String odsCode) {
        members.remove(id, odsCode);
        return Response.noContent().build();
    }
}
