package uk.collabproc.procurement.glance;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of supplier-service's API that the page reads; {@link SupplierClient} wraps it. */
@RegisterRestClient(configKey = "supplier-service")
@Path("/api/v1/procurements/{pid}")
@Produces(MediaType.APPLICATION_JSON)
interface SupplierServiceApi {

    @GET
    @Path("ranking")
    List<RankingEntry> ranking(@PathParam("pid") UUID procurementId, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("sensitivity")
    SensitivityReport sensitivity(@PathParam("pid") UUID procurementId, @HeaderParam("Authorization") String authorization);
}
