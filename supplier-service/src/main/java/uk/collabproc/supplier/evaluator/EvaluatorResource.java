package uk.collabproc.supplier.evaluator;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/procurements/{pid}/evaluators")
@Tag(name = "Evaluators", description = "Who scores the bids, and their declarations of conflicts of interest")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluatorResource {

    @Inject
    EvaluatorService evaluators;

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign an evaluator", description = "The evaluatorId is the subject of the evaluator's token")
    @APIResponse(responseCode = "201", description = "Assigned", headers = @Header(name = "Location", description = "The assignment"), content = @Content(schema = @Schema(implementation = EvaluatorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid evaluator")
    @APIResponse(responseCode = "404", description = "No published tender for this procurement")
    @APIResponse(responseCode = "409", description = "Already assigned; Location points at the assignment", headers = @Header(name = "Location", description = "The existing assignment"))
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached; nothing was stored")
    public Response assign(@PathParam("pid") UUID procurementId, @Valid @NotNull NewEvaluator request) {
        EvaluatorView assigned = evaluators.assign(procurementId, request);
        return Locations.created(EvaluatorService.location(procurementId, assigned.evaluatorId())).entity(assigned).build();
    }

    @GET
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "List the evaluators", description = "In the order they were assigned; the total is in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of evaluators", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many evaluators there are in all", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EvaluatorView.class)))
    @APIResponse(responseCode = "404", description = "No published tender for this procurement, or not one your organisation runs")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached")
    public Response list(@PathParam("pid") UUID procurementId, @Valid @BeanParam PageRequest page) {
        return evaluators.list(procurementId, page).toResponse();
    }

    @GET
    @Path("{evaluatorId}")
    @RolesAllowed({ Roles.OFFICER, Roles.EVALUATOR })
    @Operation(summary = "Read an evaluator's assignment and declaration", description = "An evaluator reads only their own")
    @APIResponse(responseCode = "200", description = "The evaluator", content = @Content(schema = @Schema(implementation = EvaluatorView.class)))
    @APIResponse(responseCode = "404", description = "No such evaluator, or not the caller")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached")
    public EvaluatorView get(@PathParam("pid") UUID procurementId, @PathParam("evaluatorId") String evaluatorId) {
        return evaluators.find(procurementId, evaluatorId)
                .orElseThrow(() -> Problems.notFound("Evaluator " + evaluatorId + " of procurement " + procurementId));
    }

    @PUT
    @Path("{evaluatorId}/declaration")
    @RolesAllowed(Roles.EVALUATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare conflicts of interest", description = "Made by the evaluator themself before scoring. Bids of the conflicted suppliers are then never shown to "
            + "them nor scored by them; scores they had already given such bids are withdrawn. Replacing a declaration "
            + "needs the version it is based on.")
    @APIResponse(responseCode = "200", description = "Declared", content = @Content(schema = @Schema(implementation = EvaluatorView.class)))
    @APIResponse(responseCode = "400", description = "Invalid declaration, or no version when replacing one")
    @APIResponse(responseCode = "404", description = "Not assigned to this procurement, or not the caller")
    @APIResponse(responseCode = "409", description = "Stale version, or a newly conflicted bid's scores are already moderated")
    public EvaluatorView declare(@PathParam("pid") UUID procurementId, @PathParam("evaluatorId") String evaluatorId,
            @Valid @NotNull ConflictDeclaration declaration) {
        return evaluators.declare(procurementId, evaluatorId, declaration);
    }
}
