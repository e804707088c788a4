package uk.collabproc.supplier.supplier;

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

@Path(SupplierService.PATH)
@Tag(name = "Suppliers", description = "The companies that bid, with their CN-SP status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICER)
public class SupplierResource {

    @Inject
    SupplierService suppliers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a supplier")
    @APIResponse(responseCode = "201", description = "Registered", headers = @Header(name = "Location", description = "The new supplier"), content = @Content(schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "400", description = "Invalid supplier")
    @APIResponse(responseCode = "409", description = "A supplier with this company number exists; Location points at it", headers = @Header(name = "Location", description = "The existing supplier"))
    public Response register(@Valid @NotNull NewSupplier request) {
        SupplierView created = suppliers.register(request);
        return Locations.created(SupplierService.location(created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List suppliers", description = "Sorted by name; the total is in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of suppliers", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many suppliers there are in all", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SupplierView.class)))
    public Response list(@Valid @BeanParam PageRequest page) {
        return suppliers.list(page).toResponse();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a supplier")
    @APIResponse(responseCode = "200", description = "The supplier", content = @Content(schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "404", description = "No such supplier")
    public SupplierView get(@PathParam("id") UUID id) {
        return suppliers.find(id).orElseThrow(() -> Problems.notFound("Supplier " + id));
    }
}
