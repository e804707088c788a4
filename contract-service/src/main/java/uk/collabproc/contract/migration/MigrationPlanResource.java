package uk.collabproc.contract.migration;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/contracts/{id}/migration-plan")
@Tag(name = "Migration", description = "Planning the cutover of every site, and tracking its milestones")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PROJECT_MANAGER)
public class MigrationPlanResource {

    @Inject
    MigrationService migration;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the plan's parameters and plan the migration", description = "Answers at once with status SOLVING; the cutover days are then planned in the background (Timefold Solver) "
            + "under weekly capacity, blackouts, weekends for critical sites and core sites first within an organisation. "
            + "GET shows the progress, then READY with the summary. Changing a plan needs its version.")
    @APIResponse(responseCode = "202", description = "Accepted: solving", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters, or no version when changing a plan")
    @APIResponse(responseCode = "404", description = "No such contract")
    @APIResponse(responseCode = "409", description = "Stale version, still solving, or milestones already met")
    public Response plan(@PathParam("id") UUID contractId, @Valid @NotNull PlanParameters parameters) {
        return Response.accepted(migration.plan(contractId, parameters)).build();
    }

    @GET
    @Operation(summary = "The plan: SOLVING with progress, or READY with lastCutover, lowerBound, lateSites and hardViolations")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such contract, or no plan yet")
    public PlanView get(@PathParam("id") UUID contractId) {
        return migration.find(contractId).orElseThrow(() -> Problems.notFound("The migration plan of contract " + contractId));
    }
}
