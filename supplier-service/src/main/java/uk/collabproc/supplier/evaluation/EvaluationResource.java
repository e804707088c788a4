package uk.collabproc.supplier.evaluation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

import uk.collabproc.common.cache.ConditionalRead;
import uk.collabproc.common.security.Roles;
import uk.collabproc.supplier.bid.BidRequest;

@Path("/api/v1/procurements/{pid}")
@Tag(name = "Evaluation", description = "Scores, moderation, the evaluation matrix, ranking, sensitivity and assessment summaries")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private static final String LOT = "The lot, of a tender divided into lots: each lot is evaluated on its own, over its bids, its pricing lines and "
            + "its weights. Required for a divided tender, refused for one that is not divided.";
    private static final String BAD_LOT = "The tender is divided and no lot, or a lot it does not have, was named; or it is not divided and a lot was named; or a parameter holds the NUL character or cannot be read as its type";

    @Inject
    ScoringService scoring;

    @Inject
    EvaluationService evaluation;

    @PUT
    @Path("bids/{bidId}/scores/{criterionCode}")
    @RolesAllowed(Roles.EVALUATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score a bid on a QUALITY criterion", description = "The calling evaluator's own score, a whole point on the tender's scale with a rationale, after the tender "
            + "deadline and their declaration of conflicts. Changing a score needs its version; scores lock once the bid is moderated.")
    @APIResponse(responseCode = "200", description = "Scored", content = @Content(schema = @Schema(implementation = ScoreView.class)))
    @APIResponse(responseCode = "400", description = "Score off the scale, no rationale, or no version when changing a score")
    @APIResponse(responseCode = "404", description = "Not assigned, no such bid or QUALITY criterion, or a bid of a conflicted supplier")
    @APIResponse(responseCode = "409", description = "Bids still sealed, conflicts not declared, bid moderated (scores locked), stale "
            + "version, or the score exists and no version was sent (Location points at it)", headers = @Header(name = "Location", description = "The existing score"))
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached; nothing was stored")
    public ScoreView score(@PathParam("pid") UUID procurementId, @PathParam("bidId") UUID bidId,
            @PathParam("criterionCode") String criterionCode,
            @Valid @NotNull ScoreRequest request) {
        return scoring.score(procurementId, bidId, criterionCode, request);
    }

    @PUT
    @Path("bids/{bidId}/scores")
    @RolesAllowed(Roles.EVALUATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score a bid on several QUALITY criteria at once", description = "The calling evaluator's score sheet for the bid: "
            + "each line as a single score is, and all are stored or none is. A line that changes a score needs its version.")
    @APIResponse(responseCode = "200", description = "Scored, in the order of the sheet", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ScoreView.class)))
    @APIResponse(responseCode = "400", description = "A line on no QUALITY criterion of the tender, off the scale, without a rationale, repeating a "
            + "criterion, or changing a score without its version; every problem is listed and nothing was stored")
    @APIResponse(responseCode = "404", description = "Not assigned, no such bid, or a bid of a conflicted supplier")
    @APIResponse(responseCode = "409", description = "Bids still sealed, conflicts not declared, bid moderated (scores locked), stale "
            + "version, or a score of the sheet exists and its line sent no version (Location points at it)", headers = @Header(name = "Location", description = "The existing score"))
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached; nothing was stored")
    public List<ScoreView> scoreSheet(@PathParam("pid") UUID procurementId, @PathParam("bidId") UUID bidId,
            @Valid @NotNull ScoreSheet sheet) {
        return scoring.scoreSheet(procurementId, bidId, sheet);
    }

    @PUT
    @Path("bids/{bidId}/moderated-scores/{criterionCode}")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the moderated score of a bid on a QUALITY criterion", description = "The only score that counts. Locks the bid's individual scores. Changing it needs its version.")
    @APIResponse(responseCode = "200", description = "Moderated", content = @Content(schema = @Schema(implementation = ScoreView.class)))
    @APIResponse(responseCode = "400", description = "Score off the scale, no rationale, or no version when changing it")
    @APIResponse(responseCode = "404", description = "No such bid or QUALITY criterion")
    @APIResponse(responseCode = "409", description = "Bids still sealed, stale version, or it exists and no version was sent (Location points at it)", headers = @Header(name = "Location", description = "The existing moderated score"))
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached; nothing was stored")
    public ScoreView moderate(@PathParam("pid") UUID procurementId, @PathParam("bidId") UUID bidId,
            @PathParam("criterionCode") String criterionCode, @Valid @NotNull ScoreRequest request) {
        return scoring.moderate(procurementId, bidId, criterionCode, request);
    }

    @PUT
    @Path("bids/{bidId}/abnormally-low-review")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the review of an abnormally low bid", description = "ACCEPTED with the explanation keeps the bid; REJECTED disqualifies it. Changing a review needs its version.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "Invalid review, or no version when changing it")
    @APIResponse(responseCode = "404", description = "No such active bid")
    @APIResponse(responseCode = "409", description = "Bids still sealed, bid not flagged as abnormally low, or stale version")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached; nothing was stored")
    public ReviewView review(@PathParam("pid") UUID procurementId, @PathParam("bidId") UUID bidId, @Valid @NotNull ReviewRequest request) {
        return evaluation.review(procurementId, bidId, request);
    }

    @GET
    @Path("evaluation")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "The evaluation matrix", description = "Per bid and criterion: individual and moderated scores, discrepancy flags, "
            + "pass/fail declarations, evaluated price, flags and status")
    @APIResponse(responseCode = "200", description = "The matrix", content = @Content(schema = @Schema(implementation = EvaluationMatrix.class)))
    @APIResponse(responseCode = "400", description = BAD_LOT)
    @APIResponse(responseCode = "404", description = "No published tender for this procurement")
    @APIResponse(responseCode = "409", description = "Bids still sealed")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached")
    public Response matrix(@PathParam("pid") UUID procurementId,
            @QueryParam("lot") @Pattern(regexp = BidRequest.LOT_NUMBER) @Parameter(description = LOT, schema = @Schema(type = SchemaType.STRING, pattern = BidRequest.LOT_NUMBER)) String lot,
            @HeaderParam(ConditionalRead.IF_NONE_MATCH) String ifNoneMatch) {
        return ConditionalRead.answer(evaluation.matrix(procurementId, lot), ifNoneMatch);
    }

    @GET
    @Path("ranking")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "The ranking", description = "Qualified bids by rank, then those NOT_EVALUABLE (moderation unfinished, not ranked "
            + "yet), then the disqualified with every reason.")
    @APIResponse(responseCode = "200", description = "The ranking", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RankingEntry.class)))
    @APIResponse(responseCode = "400", description = BAD_LOT)
    @APIResponse(responseCode = "404", description = "No published tender for this procurement")
    @APIResponse(responseCode = "409", description = "Bids still sealed")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached")
    public Response ranking(@PathParam("pid") UUID procurementId,
            @QueryParam("lot") @Pattern(regexp = BidRequest.LOT_NUMBER) @Parameter(description = LOT, schema = @Schema(type = SchemaType.STRING, pattern = BidRequest.LOT_NUMBER)) String lot,
            @HeaderParam(ConditionalRead.IF_NONE_MATCH) String ifNoneMatch) {
        return ConditionalRead.answer(evaluation.ranking(procurementId, lot), ifNoneMatch);
    }

    @GET
    @Path("sensitivity")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "How far each weight can move before the winner changes")
    @APIResponse(responseCode = "200", description = "The ranges", content = @Content(schema = @Schema(implementation = SensitivityReport.class)))
    @APIResponse(responseCode = "400", description = BAD_LOT)
    @APIResponse(responseCode = "404", description = "No published tender for this procurement")
    @APIResponse(responseCode = "409", description = "Bids still sealed, evaluation incomplete, or no bid qualified")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached")
    public Response sensitivity(@PathParam("pid") UUID procurementId,
            @QueryParam("lot") @Pattern(regexp = BidRequest.LOT_NUMBER) @Parameter(description = LOT, schema = @Schema(type = SchemaType.STRING, pattern = BidRequest.LOT_NUMBER)) String lot,
            @HeaderParam(ConditionalRead.IF_NONE_MATCH) String ifNoneMatch) {
        return ConditionalRead.answer(evaluation.sensitivity(procurementId, lot), ifNoneMatch);
    }

    @GET
    @Path("bids/{bidId}/assessment-summary")
    @RolesAllowed({ Roles.OFFICER, Roles.SUPPLIER })
    @Operation(summary = "What the bidder is told of the award decision", description = "PA 2023: the assessment summary. PCR 2015: the award decision letter's content. The officer reads any once "
            + "the evaluation is complete; a supplier reads its own once the award is made (of a divided tender, the award of the lot).")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = AssessmentSummary.class)))
    @APIResponse(responseCode = "400", description = BAD_LOT + "; or the bid is not for the lot named")
    @APIResponse(responseCode = "404", description = "No such active bid, or not the caller's")
    @APIResponse(responseCode = "409", description = "Bids still sealed, evaluation incomplete, or (suppliers) not yet awarded")
    @APIResponse(responseCode = "503", description = "procurement-service cannot be reached")
    public AssessmentSummary assessmentSummary(@PathParam("pid") UUID procurementId, @PathParam("bidId") UUID bidId,
            @QueryParam("lot") @Pattern(regexp = BidRequest.LOT_NUMBER) @Parameter(description = LOT, schema = @Schema(type = SchemaType.STRING, pattern = BidRequest.LOT_NUMBER)) String lot) {
        return evaluation.assessmentSummary(procurementId, bidId, lot);
    }
}
