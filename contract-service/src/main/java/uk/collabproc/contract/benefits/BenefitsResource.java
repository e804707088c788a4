package uk.collabproc.contract.benefits;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import uk.collabproc.common.cache.ConditionalRead;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/contracts/{id}/benefits")
@Tag(name = "Benefits", description = "What the new contract saves and gains against the legacy connections")
@Produces(MediaType.APPLICATION_JSON)
public class BenefitsResource {

    @Inject
    BenefitsService benefits;

    @Inject
    BenefitMeasureService measures;

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
    @Operation(summary = "The benefits, per organisation and in total", description = "Legacy against new annual cost (saving and %), bandwidth before and after (ratio), and the total cost of "
            + "ownership over the contract term with the one-off charges; then with the organisations' own project costs (capital, internal effort) "
            + "the whole cost of ownership, net saving and payback period. A member sees its own organisation only.")
    @APIResponse(responseCode = "200", description = "The benefits", content = @Content(schema = @Schema(implementation = BenefitsCalculator.Benefits.class)))
    @APIResponse(responseCode = "404", description = "No such contract, or none of the member's sites in it")
    public Response get(@PathParam("id") UUID contractId,
            @HeaderParam(ConditionalRead.IF_NONE_MATCH) String ifNoneMatch) {
        return ConditionalRead.answer(benefits.benefits(contractId), ifNoneMatch);
    }

    @GET
    @Path("figures")
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
    @Operation(summary = "The benefit measures' figures", description = "Per measure and organisation: baseline, target, latest month, the change (in the unit and in %), "
            + "progress towards the target, standing and the monthly trend; and the region's roll-up. A member sees its own organisation only.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = BenefitFiguresView.class)))
    @APIResponse(responseCode = "404", description = "No such contract, or none of the member's sites in it")
    public Response figures(@PathParam("id") UUID contractId, @HeaderParam(ConditionalRead.IF_NONE_MATCH) String ifNoneMatch) {
        return ConditionalRead.answer(measures.figures(contractId), ifNoneMatch);
    }
}
