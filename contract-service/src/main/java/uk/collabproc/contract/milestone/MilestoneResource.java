package uk.collabproc.contract.milestone;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

import uk.collabproc.common.cache.ConditionalRead;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.security.Roles;

/** Tracking endpoints; each path has its own class because JAX-RS does not fall back between classes. */
public final class MilestoneResource {

    private MilestoneResource() {
    }

    @Path("/api/v1/contracts/{id}/milestones")
    @Tag(name = "Migration")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Milestones {

        @Inject
        MilestoneService milestones;

        @GET
        @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.OFFICER, Roles.MEMBER })
        @Operation(summary = "List milestones with their RAG", description = "A member sees its own organisation's only; the total is in X-Total-Count")
        @APIResponse(responseCode = "200", description = "One page of milestones", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many milestones match", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MilestoneView.class)))
        @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters")
        @APIResponse(responseCode = "404", description = "No such contract, or none of the member's sites in it")
        public Response list(@PathParam("id") UUID contractId, @BeanParam MilestoneFilter filter, @Valid @BeanParam PageRequest page,
                @HeaderParam(ConditionalRead.IF_NONE_MATCH) String ifNoneMatch) {
            var found = milestones.list(contractId, filter, page);
            return ConditionalRead.answerPage(found, found.value().page().total(), ifNoneMatch);
        }
    }

    @Path("/api/v1/contracts/{id}/milestones.ics")
    @Tag(name = "Migration")
    public static class Feed {

        @Inject
        MilestoneService milestones;

        @GET
        @Produces("text/calendar")
        @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.MEMBER })
        @Operation(operationId = "milestonesCalendar", summary = "The milestones as an iCalendar feed", description = "A member gets its own organisation's only")
        @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING), example = "BEGIN:VCALENDAR\r\nPRODID:-//Collaborative procurement//Migration milestones//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
                + "BEGIN:VEVENT\r\nDTSTAMP:20180305T090000Z\r\nDTSTART;VALUE=DATE:20180312\r\nSUMMARY:RK9-DERRIFORD: SITE_SURVEY\r\n"
                + "UID:5b0f2c1e-8f3a-4c55-9d1e-2a7b6c4d9e10@collabproc\r\nDESCRIPTION:Organisation RK9, status scheduled, RAG GREEN\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n"))
        @APIResponse(responseCode = "404", description = "No such contract, or none of the member's sites in it")
        public String feed(@PathParam("id") UUID contractId) {
            return MilestoneCalendar.of(milestones.all(contractId));
        }
    }

    @Path("/api/v1/milestones/{id}")
    @Tag(name = "Migration")
    @Produces(MediaType.APPLICATION_JSON)
    public static class One {

        @Inject
        MilestoneService milestones;

        @PATCH
        @RolesAllowed(Roles.PROJECT_MANAGER)
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(operationId = "milestonePatch", summary = "Change a milestone's forecast, date met or status", description = "Sends the version it changes")
        @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
        @APIResponse(responseCode = "400", description = "Invalid change: no version, met in the future, met without a date")
        @APIResponse(responseCode = "404", description = "No such milestone")
        @APIResponse(responseCode = "409", description = "Stale version")
        public MilestoneView patch(@PathParam("id") UUID milestoneId, @Valid @NotNull MilestonePatch patch) {
            return milestones.patch(milestoneId, patch);
        }
    }

    @Path("/api/v1/contracts/{id}/baselines")
    @Tag(name = "Migration")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Baselines {

        @Inject
        MilestoneService milestones;

        @POST
        @RolesAllowed(Roles.PROJECT_MANAGER)
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(summary = "Freeze the current plan as a named baseline", description = "Baselines never change; RAG and slippage are judged against the last one")
        @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = BaselineView.class)))
        @APIResponse(responseCode = "400", description = "No name")
        @APIResponse(responseCode = "404", description = "No such contract")
        @APIResponse(responseCode = "409", description = "A baseline of that name exists, or nothing is planned yet")
        public Response create(@PathParam("id") UUID contractId, @Valid @NotNull NewBaseline request) {
            BaselineView baseline = milestones.baseline(contractId, request);
            return Locations.created(MilestoneService.baselines(contractId)).entity(baseline).build();
        }

        @GET
        @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.OFFICER })
        @Operation(summary = "List the baselines, oldest first")
        @APIResponse(responseCode = "200", description = "The baselines", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BaselineView.class)))
        @APIResponse(responseCode = "404", description = "No such contract")
        public List<BaselineView> list(@PathParam("id") UUID contractId) {
            return milestones.baselineList(contractId);
        }
    }

    @Path("/api/v1/contracts/{id}/progress")
    @Tag(name = "Migration")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Progress {

        @Inject
        MilestoneService milestones;

        @GET
        @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.OFFICER })
        @Operation(summary = "Progress of the migration", description = "Counts by status and RAG, % of sites cut over, slipped milestones and those due in the next 14 days")
        @APIResponse(responseCode = "200", description = "The progress", content = @Content(schema = @Schema(implementation = ProgressView.class)))
        @APIResponse(responseCode = "404", description = "No such contract")
        public Response get(@PathParam("id") UUID contractId,
                @HeaderParam(ConditionalRead.IF_NONE_MATCH) String ifNoneMatch) {
            return ConditionalRead.answer(milestones.progress(contractId), ifNoneMatch);
        }
    }
}
