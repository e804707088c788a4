package uk.collabproc.contract.contract;

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
import uk.collabproc.contract.links.ProcurementFilter;

@Path("/api/v1/contracts")
@Tag(name = "Contracts", description = "Contracts concluded after the standstill")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.PROJECT_MANAGER, Roles.MEMBER, Roles.SUPPLIER })
public class ContractResource {

    @Inject
    ContractService contracts;

    @GET
    @Operation(summary = "List contracts", description = "Oldest first; the total is in X-Total-Count. An officer lists the contracts of the procurements "
            + "its organisation runs, a project manager those its organisation leads, a member those migrating its organisation's sites, a supplier "
            + "those it won. `procurementId` or `reference` finds those of one procurement (one a lot); one the caller may not see lists nothing, "
            + "as one that does not exist.")
    @APIResponse(responseCode = "200", description = "One page of contracts", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many contracts there are in all", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ContractView.class)))
    public Response list(@Valid @BeanParam PageRequest page, @Valid @BeanParam ProcurementFilter procurement) {
        return contracts.list(page, procurement).toResponse();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a contract", description = "The officers and project managers who run it, a member whose organisation's sites it "
            + "migrates, the supplier that won it")
    @APIResponse(responseCode = "200", description = "The contract", content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = "No such contract, or not one the caller may read")
    public ContractView get(@PathParam("id") UUID id) {
        return contracts.find(id);
    }
}
