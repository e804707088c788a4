package uk.collabproc.contract.supplier;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of supplier-service's API that contract-service reads; {@link SupplierClient} wraps it. */
@RegisterRestClient(configKey = "supplier-service")
@Path("/api/v1/procurements/{pid}")
@Produces(MediaType.APPLICATION_JSON)
interface SupplierServiceApi {

    /** The ranking of the procurement's bids, or of the bids on one lot; {@code lot} null (not sent) for a tender not divided. */
    @GET
    @Path("ranking")
    List<RankingEntry> ranking(@PathParam("pid") UUID procurementId, @QueryParam("lot") String lot,
            @HeaderParam("Authorization") String authorization);

    @GET
    @Path("bids/{bidId}")
    WinningBid bid(@PathParam("pid") UUID procurementId, @PathParam("bidId") UUID bidId,
            @HeaderParam("Authorization") String authorization);
}
