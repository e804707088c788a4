package uk.collabproc.procurement.scope;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/procurements/{id}/sites")
@Tag(name = "Migration scope", description = "The sites the contract will migrate")
@Produces(MediaType.APPLICATION_JSON)
public class ScopeResource {

    @Inject
    ScopeService scope;

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.PROJECT_MANAGER })
    @Operation(summary = "The migration scope", description = "Sites with an approved requirement, with their legacy connection and the requirement; "
            + "sorted by organisation and site code. The total is in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of sites", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many sites are in scope", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ScopeSite.class)))
    @APIResponse(responseCode = "404", description = "No such procurement")
    public Response scope(@PathParam("id") UUID procurementId, @Valid @BeanParam PageRequest page) {
        return scope.scope(procurementId, page).toResponse();
    }
}
