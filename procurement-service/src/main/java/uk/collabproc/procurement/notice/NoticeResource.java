package uk.collabproc.procurement.notice;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

import io.quarkus.security.Authenticated;

import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;

@Path("/api/v1/notices")
@Tag(name = "Notices", description = "The legally required publications as OCDS 1.1 releases (UK notice profile): public data only")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NoticeResource {

    @Inject
    NoticeService notices;

    @GET
    @Operation(summary = "The feed of published notices", description = "Oldest first. Under the Procurement Act 2023 the tender notice (UK4) at publication, the contract award notice (UK6) on the award's decision day, which starts the standstill, and the contract details notice (UK7) once the contract is entered into; under PCR 2015 the contract notice (F02) at publication and the contract award notice (F03) once the contract is concluded. Public data only: no notice names a site")
    @APIResponse(responseCode = "200", description = "One page of notices", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many match", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NoticeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters")
    public Response list(@QueryParam("procurementId") @Parameter(description = "Only this procurement's notices") UUID procurementId,
            @QueryParam("noticeType") @Parameter(description = "Only notices of this type") NoticeType noticeType,
            @Valid @BeanParam PageRequest page) {
        return notices.feed(procurementId, noticeType, page).toResponse();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a published notice")
    @APIResponse(responseCode = "200", description = "The notice", content = @Content(schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "404", description = "No such notice, or not yet published")
    public NoticeView get(@PathParam("id") UUID noticeId) {
        return notices.get(noticeId);
    }
}
