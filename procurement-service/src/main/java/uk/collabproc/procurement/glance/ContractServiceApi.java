package uk.collabproc.procurement.glance;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of contract-service's API that the page reads; {@link ContractClient} wraps it. */
@RegisterRestClient(configKey = "contract-service")
@Path("/api/v1/contracts/{id}")
@Produces(MediaType.APPLICATION_JSON)
interface ContractServiceApi {

    @GET
    @Path("benefits")
    Benefits benefits(@PathParam("id") UUID contractId, @HeaderParam("Authorization") String authorization);
}
