package uk.collabproc.contract.ocds;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/contracts/{id}/ocds")
@Tag(name = "Open contracting", description = "OCDS 1.1 exports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OcdsResource {

    @Inject
    OcdsService ocds;

    @GET
    @Operation(summary = "The contract as an OCDS 1.1 release package", description = "Parties, tender summary, the award (pending during standstill, then active), the contract and its implementation milestones")
    @APIResponse(responseCode = "200", description = "The release package", content = @Content(schema = @Schema(implementation = OcdsReleasePackage.class)))
    @APIResponse(responseCode = "404", description = "No such contract")
    public OcdsReleasePackage contract(@PathParam("id") UUID contractId) {
        return ocds.forContract(contractId);
    }
}
