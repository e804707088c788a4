package uk.collabproc.contract.contract;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/awards/{id}/contract")
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ConclusionResource {

    @Inject
    ContractService contracts;

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Conclude the contract of an award", description = "Only once the standstill has ended by the service clock. The value is the winning bid's evaluated price; "
            + "the term runs from the signed date. The migration scope (procurement-service) is kept with the winning bid's "
            + "prices per site (supplier-service); the contract of a lot's award migrates only the sites of that lot.")
    @APIResponse(responseCode = "201", description = "Concluded", headers = @Header(name = "Location", description = "The contract"), content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, or a signed date inside the standstill")
    @APIResponse(responseCode = "404", description = "No such award")
    @APIResponse(responseCode = "409", description = "The standstill is still running, the contract exists (Location points at it), or the scope names no site of the award's lot", headers = @Header(name = "Location", description = "The existing contract"))
    @APIResponse(responseCode = "503", description = "procurement-service or supplier-service cannot be reached; nothing was stored")
    public Response conclude(@PathParam("id") UUID awardId, @Valid @NotNull ConclusionRequest request) {
        ContractView contract = contracts.conclude(awardId, request);
        return Locations.created(ContractService.location(contract.id())).entity(contract).build();
    }
}
