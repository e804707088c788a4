package uk.collabproc.contract.benefits;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.security.Roles;

@Path(BenefitMeasureService.PATH)
@Tag(name = "Benefits", description = "What the new contract saves and gains against the legacy connections")
@Produces(MediaType.APPLICATION_JSON)
public class BenefitMeasureResource {

    private static final String PERIOD = "The month, as YYYY-MM";

    @Inject
    BenefitMeasureService measures;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Define a benefit measure", description = "What the contract should improve for patients or staff (CRIS access issues, PACS transfer problems, "
            + "GP practices receiving electronic letters), whether lower or higher is better, and per organisation a baseline month and a target. "
            + "Members then record their own months.")
    @APIResponse(responseCode = "201", description = "Defined", headers = @Header(name = "Location", description = "The measure"), content = @Content(schema = @Schema(implementation = BenefitMeasureView.class)))
    @APIResponse(responseCode = "400", description = "Invalid measure: an organisation without sites in the contract, named twice, or a baseline month not yet begun")
    @APIResponse(responseCode = "404", description = "No such contract, or not one the officer's organisation runs")
    @APIResponse(responseCode = "409", description = "A measure of that name exists; Location points at it", headers = @Header(name = "Location", description = "The existing measure"))
    public Response define(@PathParam("id") UUID contractId, @Valid @NotNull NewBenefitMeasure request) {
        BenefitMeasureView created = measures.define(contractId, request);
        return Locations.created(BenefitMeasureService.location(contractId, created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
    @Operation(summary = "List the benefit measures", description = "Oldest first, with each organisation's baseline and target; a member sees its own organisation's only")
    @APIResponse(responseCode = "200", description = "The measures", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BenefitMeasureView.class)))
    @APIResponse(responseCode = "404", description = "No such contract, or none of the member's sites in it")
    public List<BenefitMeasureView> list(@PathParam("id") UUID contractId) {
        return measures.list(contractId);
    }

    @GET
    @Path("{measureId}")
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
    @Operation(summary = "Read a benefit measure")
    @APIResponse(responseCode = "200", description = "The measure", content = @Content(schema = @Schema(implementation = BenefitMeasureView.class)))
    @APIResponse(responseCode = "404", description = "No such contract or measure")
    public BenefitMeasureView get(@PathParam("id") UUID contractId, @PathParam("measureId") UUID measureId) {
        return measures.get(contractId, measureId);
    }

    @PUT
    @Path("{measureId}/organisations/{odsCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Set an organisation's baseline and target", description = "The first time without a version; replacing them needs the version read")
    @APIResponse(responseCode = "201", description = "Set", content = @Content(schema = @Schema(implementation = BenefitMeasureView.BaselineView.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = BenefitMeasureView.BaselineView.class)))
    @APIResponse(responseCode = "400", description = "Invalid baseline, or no version when replacing one")
    @APIResponse(responseCode = "404", description = "No such contract or measure, or the organisation has no sites in the contract")
    @APIResponse(responseCode = "409", description = "Stale version")
    public Response setBaseline(@PathParam("id") UUID contractId, @PathParam("measureId") UUID measureId,
            @PathParam("odsCode") String odsCode, @Valid @NotNull BaselineAndTarget request) {
        return measures.setBaseline(contractId, measureId, odsCode,
                request).toResponse();
    }

    @GET
    @Path("{measureId}/organisations/{odsCode}/measurements")
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
    @Operation(summary = "An organisation's recorded months", description = "Oldest first; a member reads its own organisation's")
    @APIResponse(responseCode = "200", description = "The months", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MeasurementView.class)))
    @APIResponse(responseCode = "404", description = "No such contract or measure, or not the member's organisation")
    public List<MeasurementView> measurements(@PathParam("id") UUID contractId, @PathParam("measureId") UUID measureId,
            @PathParam("odsCode") String odsCode) {
        return measures.measurements(contractId, measureId, odsCode);
    }

    @PUT
    @Path("{measureId}/organisations/{odsCode}/measurements/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Record or correct a month", description = "A member records its own organisation's value for a month that has begun, once the officer has set "
            + "the organisation's baseline. A correction needs the version read; the month's history keeps every value it replaced.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid value, a month not written YYYY-MM or not yet begun, or no version when correcting")
    @APIResponse(responseCode = "404", description = "No such contract or measure, or not the member's organisation")
    @APIResponse(responseCode = "409", description = "Stale version, or no baseline set for the organisation yet")
    public Response record(@PathParam("id") UUID contractId, @PathParam("measureId") UUID measureId, @PathParam("odsCode") String odsCode,
            @Parameter(description = PERIOD, example = "2018-09") @PathParam("period") String period,
            @Valid @NotNull MeasurementRecord request) {
        return measures.record(contractId, measureId, odsCode, period, request).toResponse();
    }

    @GET
    @Path("{measureId}/organisations/{odsCode}/measurements/{period}/history")
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
    @Operation(summary = "Every version of a month", description = "Oldest first: the value first recorded, then each correction, with who recorded it and when")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MeasurementView.Revision.class)))
    @APIResponse(responseCode = "400", description = "A month not written YYYY-MM")
    @APIResponse(responseCode = "404", description = "No such contract, measure or month, or not the member's organisation")
    public List<MeasurementView.Revision> history(@PathParam("id") UUID contractId, @PathParam("measureId") UUID measureId,
            @PathParam("odsCode") String odsCode,
            @Parameter(description = PERIOD, example = "2018-09") @PathParam("period") String period) {
        return measures.history(contractId, measureId, odsCode, period);
    }
}
