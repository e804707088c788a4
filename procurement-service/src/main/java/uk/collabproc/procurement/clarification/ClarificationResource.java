package uk.collabproc.procurement.clarification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/procurements/{id}/clarifications")
@Tag(name = "Clarifications", description = "Suppliers' questions during the tender and the answers published to all bidders")
@Produces(MediaType.APPLICATION_JSON)
public class ClarificationResource {

    @Inject
    ClarificationService clarifications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPPLIER)
    @Operation(summary = "Ask a question", description = "While the tender is open and before the clarification deadline")
    @APIResponse(responseCode = "201", description = "Asked", headers = @Header(name = "Location", description = "The clarification"), content = @Content(schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "No question")
    @APIResponse(responseCode = "404", description = "No such published procurement")
    @APIResponse(responseCode = "409", description = "The tender is not open, or the clarification deadline has passed")
    public Response ask(@PathParam("id") UUID procurementId, @Valid @NotNull Question question) {
        ClarificationView asked = clarifications.ask(procurementId, question);
        return Locations.created(ClarificationService.location(procurementId, asked.id())).entity(asked).build();
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.SUPPLIER })
    @Operation(summary = "List clarifications", description = "The officer sees all (answered=false: the questions still to answer); a supplier the answered ones and its own")
    @APIResponse(responseCode = "200", description = "One page of clarifications, oldest first", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many match", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters")
    @APIResponse(responseCode = "404", description = "No such procurement")
    public Response list(@PathParam("id") UUID procurementId,
            @QueryParam("answered") @Parameter(description = "true: answered only; false: unanswered only") Boolean answered,
            @Valid @BeanParam PageRequest page) {
        return clarifications.list(procurementId, answered, page).toResponse();
    }

    @GET
    @Path("{cid}")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPPLIER })
    @Operation(summary = "Read a clarification")
    @APIResponse(responseCode = "200", description = "The clarification", content = @Content(schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "404", description = "No such clarification, or another supplier's unanswered one")
    public ClarificationView get(@PathParam("id") UUID procurementId, @PathParam("cid") UUID clarificationId) {
        return clarifications.get(procurementId, clarificationId);
    }

    @POST
    @Path("{cid}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Answer a question", description = "Publishes the question and the answer to every bidder, without the asker's identity")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "No answer")
    @APIResponse(responseCode = "404", description = "No such clarification")
    @APIResponse(responseCode = "409", description = "Answered already")
    public ClarificationView answer(@PathParam("id") UUID procurementId, @PathParam("cid") UUID clarificationId,
            @Valid @NotNull Answer answer) {
        return clarifications.answer(procurementId, clarificationId, answer);
    }
}
