package uk.collabproc.contract.award;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Roles;
import uk.collabproc.contract.links.ProcurementFilter;

@Path(AwardService.PATH)
@Tag(name = "Awards", description = "The award decision and its standstill")
@Produces(MediaType.APPLICATION_JSON)
public class AwardResource {

    @Inject
    AwardService awards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Award a procurement to its rank-1 bid", description = "Reads the procurement (regime, term) from procurement-service and the ranking from supplier-service, and "
            + "computes the end of the standstill for the regime with UK bank holidays. A tender divided into lots is awarded lot by lot "
            + "(`lot`), each to the rank-1 bid on that lot, with its own standstill.")
    @APIResponse(responseCode = "201", description = "Awarded", headers = @Header(name = "Location", description = "The award"), content = @Content(schema = @Schema(implementation = AwardView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request; or `lot` missing for a tender divided into lots, not one of its lots, or given for a tender not divided")
    @APIResponse(responseCode = "404", description = "No such procurement, or no published tender")
    @APIResponse(responseCode = "409", description = "Already awarded, the procurement or its lot (Location points at the award), not in evaluation, "
            + "the lot not awaiting award, evaluation incomplete, no qualified bid, or a tie for first place", headers = @Header(name = "Location", description = "The existing award"))
    @APIResponse(responseCode = "503", description = "procurement-service or supplier-service cannot be reached; nothing was stored")
    public Response award(@Valid @NotNull AwardRequest request) {
        AwardView award = awards.award(request);
        return Locations.created(AwardService.location(award.id())).entity(award).build();
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER, Roles.SUPPLIER })
    @Operation(summary = "List awards", description = "Oldest first; the total is in X-Total-Count. An officer lists the awards of the procurements its "
            + "organisation runs, a member those whose contract migrates its organisation's sites (without the winning bid), a supplier those "
            + "it won. `procurementId` or `reference` finds those of one procurement; one the caller may not see lists nothing, as one that does not exist.")
    @APIResponse(responseCode = "200", description = "One page of awards", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many awards there are in all", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AwardView.class)))
    public Response list(@Valid @BeanParam PageRequest page, @Valid @BeanParam ProcurementFilter procurement) {
        return awards.list(page, procurement).toResponse();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER, Roles.SUPPLIER })
    @Operation(summary = "Read an award", description = "An officer of an organisation that runs the procurement; a member whose organisation's sites "
            + "the award's contract migrates (without the winning bid); the supplier that won it")
    @APIResponse(responseCode = "200", description = "The award", content = @Content(schema = @Schema(implementation = AwardView.class)))
    @APIResponse(responseCode = "404", description = "No such award, or not one the caller may read")
    public AwardView get(@PathParam("id") UUID id) {
        return awards.find(id).orElseThrow(() -> Problems.notFound("Award " + id));
    }
}
