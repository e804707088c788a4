package uk.collabproc.contract.casestudy;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.security.Roles;

@Path("/api/v1/contracts/{id}/organisations/{odsCode}/case-study")
@Tag(name = "Benefits")
public class CaseStudyResource {

    public static final String PDF = "application/pdf";

    @Inject
    CaseStudyService caseStudies;

    @Inject
    CaseStudyDocument document;

    @GET
    @Produces({ MediaType.TEXT_HTML, PDF })
    @RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
    @Operation(summary = "An organisation's case study", description = "The organisation's story of the contract, told from the data for it to publish: key benefits, "
            + "the journey with its dates, costs before and after with its own capital and effort, bandwidth, and each benefit measure's change, "
            + "with charts. HTML, or PDF with Accept: application/pdf. An officer who runs the contract reads any organisation's, a member its own.")
    @APIResponse(responseCode = "200", description = "The case study", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING), example = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">"
                    + "<head><title>University Hospitals Plymouth NHS Trust: Devon HSCN connectivity</title></head><body>"
                    + "<h1>University Hospitals Plymouth NHS Trust: Devon HSCN connectivity</h1><h2>Key benefits</h2><ul>"
                    + "<li>10 × the bandwidth for 19.2 % less over five years</li>"
                    + "<li>CRIS access issues down 60.0 % (20 to 8 issues a month), beyond the target of 10</li></ul>…</body></html>"),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"), example = "%PDF-1.4 … (an A4 document of the same content)") })
    @APIResponse(responseCode = "404", description = "No such contract, the organisation has no sites in it, or not the member's organisation")
    @APIResponse(responseCode = "503", description = "procurement-service, which holds the procurement's dates and the organisation's name, cannot answer now")
    public Response get(@PathParam("id") UUID contractId, @PathParam("odsCode") String odsCode, @Context HttpHeaders headers) {
        CaseStudy caseStudy = caseStudies.caseStudy(contractId, odsCode);
        if (wantsPdf(headers)) {
            return pdf(document.pdf(caseStudy), odsCode).build();
        }
        return Response.ok(document.html(caseStudy), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** A case study's PDF, named for the organisation when saved. */
    public static Response.ResponseBuilder pdf(byte[] pdf, String odsCode) {
        return Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"case-study-" + odsCode + ".pdf\"");
    }

    /** PDF when the client prefers it to HTML; HTML otherwise, for a browser or Accept: *&#47;*. */
    private static boolean wantsPdf(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.valueOf(PDF))) {
                return true;
            }
        }
        return false;
    }
}
