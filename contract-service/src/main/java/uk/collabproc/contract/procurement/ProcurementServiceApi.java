package uk.collabproc.contract.procurement;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of procurement-service's API that contract-service reads; {@link ProcurementClient} wraps it. */
@RegisterRestClient(configKey = "procurement-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface ProcurementServiceApi {

    @GET
    @Path("procurements/{id}")
    ProcurementSummary procurement(@PathParam("id") UUID procurementId, @HeaderParam("Authorization") String authorization);

    @POST
    @Path("procurements/{id}/award-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    ProcurementSummary recordAwardDecision(@PathParam("id") UUID procurementId, AwardDecision decision,
            @HeaderParam("Authorization") String authorization);

    @POST
    @Path("procurements/{id}/contract-conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    ProcurementSummary recordContractConclusion(@PathParam("id") UUID procurementId, ContractConclusion conclusion,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("procurements/{id}/sites")
    List<MigrationSite> scope(@PathParam("id") UUID procurementId, @QueryParam("page") int page, @QueryParam("size") int size,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("organisations/{odsCode}")
    OrganisationSummary organisation(@PathParam("odsCode") String odsCode, @HeaderParam("Authorization") String authorization);
}
