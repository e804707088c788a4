package uk.collabproc.procurement.tender;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import io.quarkus.security.Authenticated;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.security.Roles;
import uk.collabproc.procurement.procurement.DeadlineExtension;

@Path("/api/v1/procurements/{id}")
@Tag(name = "Tender", description = "The evaluation model, timetable and pricing schedule; publication")
@Produces(MediaType.APPLICATION_JSON)
public class TenderResource {

    @Inject
    TenderService tenders;

    @PUT
    @Path("tender")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Define or change the tender", description = "Before publication only. Checked when saved: weights sum to 100, exactly one PRICE criterion, "
            + "PASS_FAIL unweighted, unique codes, minimum scores within the scale, clarification deadline before the tender deadline, and the regime's "
            + "minimum tender period counted from today. Send the version when changing a saved tender.")
    @APIResponse(responseCode = "201", description = "Defined", headers = @Header(name = "Location", description = "The tender"), content = @Content(schema = @Schema(implementation = TenderView.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = TenderView.class)))
    @APIResponse(responseCode = "400", description = "Every rule the tender breaks; nothing saved")
    @APIResponse(responseCode = "404", description = "No such procurement")
    @APIResponse(responseCode = "409", description = "Published already, or stale version")
    public Response save(@PathParam("id") UUID procurementId, @Valid @NotNull TenderRequest request) {
        TenderService.Saved saved = tenders.save(procurementId, request);
        return saved.created()
                ? Locations.created(Locations.of("/api/v1/procurements/{id}/tender", procurementId)).entity(saved.tender()).build()
                : Response.ok(saved.tender()).build();
    }

    @GET
    @Path("tender")
    @Authenticated
    @Operation(summary = "Read the tender", description = "Officers at any time; everyone else once it is published")
    @APIResponse(responseCode = "200", description = "The tender", content = @Content(schema = @Schema(implementation = TenderView.class)))
    @APIResponse(responseCode = "404", description = "No such procurement or tender, or not published yet")
    public TenderView get(@PathParam("id") UUID procurementId) {
        return tenders.get(procurementId);
    }

    @POST
    @Path("publish")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Publish the tender", description = "Validates the tender again with today as the publication date, refuses while any requirement is SUBMITTED, and opens the competition")
    @APIResponse(responseCode = "200", description = "Published; the procurement is TENDER_OPEN", content = @Content(schema = @Schema(implementation = TenderView.class)))
    @APIResponse(responseCode = "400", description = "The tender breaks rules as of today")
    @APIResponse(responseCode = "404", description = "No such procurement")
    @APIResponse(responseCode = "409", description = "No tender, undecided requirements, nothing approved, or not gathering requirements")
    public TenderView publish(@PathParam("id") UUID procurementId) {
        return tenders.publish(procurementId);
    }

    @POST
    @Path("tender/deadline-extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Extend the tender deadline", description = "The only change a published tender allows; recorded with its reason")
    @APIResponse(responseCode = "200", description = "Extended", content = @Content(schema = @Schema(implementation = TenderView.class)))
    @APIResponse(responseCode = "400", description = "Not later than the current deadline, or no reason")
    @APIResponse(responseCode = "404", description = "No such procurement")
    @APIResponse(responseCode = "409", description = "The tender is not open, or stale version")
    public TenderView extendDeadline(@PathParam("id") UUID procurementId, @Valid @NotNull DeadlineExtension request) {
        return tenders.extendDeadline(procurementId, request);
    }
}
