package uk.collabproc.procurement.organisation;

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

import io.quarkus.security.Authenticated;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Roles;

@Path(OrganisationService.PATH)
@Tag(name = "Organisations", description = "The public-sector organisations that take part, keyed by ODS code")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Register an organisation")
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = "Location", description = "The new organisation"), content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid organisation")
    @APIResponse(responseCode = "409", description = "An organisation with this ODS code exists; Location points at it", headers = @Header(name = "Location", description = "The existing organisation"))
    public Response register(@Valid @NotNull NewOrganisation request) {
        OrganisationView created = organisations.register(request);
        return Locations.created(OrganisationService.location(created.odsCode())).entity(created).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List organisations", description = "Sorted by ODS code; the total is in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of organisations", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many organisations there are in all", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationView.class)))
    public Response list(@Valid @BeanParam PageRequest page) {
        return organisations.list(page).toResponse();
    }

    @GET
    @Path("{odsCode}")
    @Authenticated
    @Operation(summary = "Read an organisation")
    @APIResponse(responseCode = "200", description = "The organisation", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public OrganisationView get(@PathParam("odsCode") String odsCode) {
        return organisations.find(odsCode).orElseThrow(() -> Problems.notFound("Organisation " + odsCode));
    }
}
