package uk.collabproc.supplier.bid;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import uk.collabproc.common.security.Roles;

@Path("/api/v1/procurements/{pid}/bids")
@Tag(name = "Bids", description = "Sealed bids: only their owner sees them before the tender deadline, nobody changes them after it")
@Produces(MediaType.APPLICATION_JSON)
public class BidResource {

    @Inject
    BidService bids;

    @POST
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a bid", description = "Prices every line of the pricing schedule, answers every QUALITY criterion and declares every PASS_FAIL "
            + "criterion. One active bid per supplier per procurement; accepted until the tender deadline.")
    @APIResponse(responseCode = "201", description = "Submitted", headers = @Header(name = "Location", description = "The new bid"), content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "The bid does not answer the tender; every problem is listed")
    @APIResponse(responseCode = "403", description = "Not a supplier, or the supplier is not registered")
    @APIResponse(responseCode = "404", description = "No published tender for this procurement")
    @APIResponse(responseCode = "409", description = "The supplier already has an active bid (Location points at it), or the deadline has passed", headers = @Header(name = "Location", description = "The existing bid"))
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached; nothing was stored")
    public Response submit(@PathParam("pid") UUID procurementId, @Valid @NotNull BidRequest request) {
        BidView bid = bids.submit(procurementId, request);
        return Locations.created(BidService.location(procurementId, bid.id())).entity(bid).build();
    }

    @GET
    @RolesAllowed({ Roles.SUPPLIER, Roles.OFFICER, Roles.EVALUATOR })
    @Operation(summary = "List bids", description = "A supplier lists its own bids at any time, withdrawn ones included. From the tender deadline the officer "
            + "lists every active bid and an evaluator (once declared) those of suppliers they have no conflict with.")
    @APIResponse(responseCode = "200", description = "One page of bids", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many bids the caller may see in all", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BidView.class)))
    @APIResponse(responseCode = "404", description = "No published tender, or the evaluator is not assigned")
    @APIResponse(responseCode = "409", description = "Bids are sealed until the tender deadline, or the evaluator has not declared conflicts")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached")
    public Response list(@PathParam("pid") UUID procurementId, @Valid @BeanParam PageRequest page) {
        return bids.list(procurementId, page).toResponse();
    }

    @GET
    @Path("receipt")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Count the bids received", description = "The only thing anyone but a bid's owner may know before the deadline")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(schema = @Schema(implementation = BidReceipt.class)))
    @APIResponse(responseCode = "404", description = "No published tender for this procurement")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached")
    public BidReceipt receipt(@PathParam("pid") UUID procurementId) {
        return bids.receipt(procurementId);
    }

    @GET
    @Path("{bidId}")
    @RolesAllowed({ Roles.SUPPLIER, Roles.OFFICER, Roles.EVALUATOR })
    @Operation(summary = "Read a bid", description = "Its owner at any time; the officer and unconflicted evaluators from the tender deadline")
    @APIResponse(responseCode = "200", description = "The bid", content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "404", description = "No such bid, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "Bids are sealed until the tender deadline, or the evaluator has not declared conflicts")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached")
    public BidView get(@PathParam("pid") UUID procurementId, @PathParam("bidId") UUID bidId) {
        return bids.read(procurementId, bidId);
    }

    @PUT
    @Path("{bidId}")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a bid", description = "By its owner, before the tender deadline, sending the version it replaces")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = BidView.class)))
    @APIResponse(responseCode = "400", description = "The bid does not answer the tender, or no version was sent")
    @APIResponse(responseCode = "404", description = "No such bid of the caller's")
    @APIResponse(responseCode = "409", description = "Stale version, bid withdrawn, or the deadline has passed")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached; nothing was changed")
    public BidView replace(@PathParam("pid") UUID procurementId, @PathParam("bidId") UUID bidId, @Valid @NotNull BidRequest request) {
        return bids.replace(procurementId, bidId, request);
    }

    @DELETE
    @Path("{bidId}")
    @RolesAllowed(Roles.SUPPLIER)
    @Operation(summary = "Withdraw a bid", description = "By its owner, before the tender deadline; the bid stays on record as WITHDRAWN")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such bid of the caller's")
    @APIResponse(responseCode = "409", description = "Already withdrawn, or the deadline has passed")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached; nothing was changed")
    public void withdraw(@PathParam("pid") UUID procurementId, @PathParam("bidId") UUID bidId) {
        bids.withdraw(procurementId, bidId);
    }
}
