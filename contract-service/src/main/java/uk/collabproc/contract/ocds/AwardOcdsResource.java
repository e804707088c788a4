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

@Path("/api/v1/awards/{id}/ocds")
@Tag(name = "Open contracting")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AwardOcdsResource {

    @Inject
    OcdsService ocds;

    @GET
    @Operation(summary = "The award as an OCDS 1.1 release package", description = "Available from the award decision on, during standstill too")
    @APIResponse(responseCode = "200", description = "The release package", content = @Content(schema = @Schema(implementation = OcdsReleasePackage.class)))
    @APIResponse(responseCode = "404", description = "No such award")
    public OcdsReleasePackage award(@PathParam("id") UUID awardId) {
        return ocds.forAward(awardId);
    }
}
