package uk.collabproc.procurement.site;

import java.util.List;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.security.Roles;

@Path("/api/v1/organisations/{odsCode}/sites")
@Tag(name = "Sites", description = "An organisation's sites and their legacy connections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.MEMBER })
public class SiteResource {

    static final String CSV = "text/csv";
    /**
     * What a CSV import answers: JSON, a list of every imported site. Its own media type, because an operation has one
     * 201 answer whatever the request's media type, and its {@code application/json} is what a JSON request gets (one
     * site): so both answers are documented exactly, and a generated client keeps a plain site as its return type.
     */
    static final String SITE_LIST = "application/vnd.collabproc.site-list+json";
    private static final String SITES_CREATED = "Registered: a JSON request gets the site back (application/json); a CSV import"
            + " gets the list of every imported site (" + SITE_LIST + ")";
    private static final String SITES_LOCATION = "The new site; after a CSV import, the organisation's sites";

    @Inject
    SiteService sites;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // One OpenAPI operation with importCsv (same path and method): both name it and document its 201 alike.
    @Operation(operationId = "siteRegister", summary = "Register a site", description = "Officers, and members of the organisation itself")
    @APIResponse(responseCode = "201", description = SITES_CREATED, headers = @Header(name = "Location", description = SITES_LOCATION), content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)),
            @Content(mediaType = SITE_LIST, schema = @Schema(type = SchemaType.ARRAY, implementation = SiteView.class)) })
    @APIResponse(responseCode = "400", description = "Invalid site")
    @APIResponse(responseCode = "404", description = "No such organisation, or not the caller's")
    @APIResponse(responseCode = "409", description = "The site code is taken; Location points at the site where the caller may see it")
    public Response register(@PathParam("odsCode") String odsCode, @Valid @NotNull NewSite request) {
        SiteView site = sites.register(odsCode, request);
        return Locations.created(SiteService.location(odsCode, site.siteCode())).entity(site).build();
    }

    @POST
    @Consumes(CSV)
    @Operation(operationId = "siteRegister", summary = "Import sites from CSV", description = "A header row `"
            + "siteCode,name,postcode,critical,core,legacyProduct,legacyBandwidthMbps,legacyAnnualCost"
            + "`, then one site a row. Every row is imported or none is; a refusal lists every bad row by line number"
            + " (the header is line 1). The file is UTF-8 unless the Content-Type names another charset; a byte-order"
            + " mark at its start is ignored.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "two sites", value = "siteCode,name,postcode,critical,core,legacyProduct,legacyBandwidthMbps,legacyAnnualCost\n"
            + "RK9-DERRIFORD,Derriford Hospital,PL6 8DH,true,true,N3 Ethernet,100,18000.00\n"
            + "RK9-MOUNTGOULD,Mount Gould Hospital,PL4 7QD,false,false,N3 ADSL,10,3200.00\n")))
    @APIResponse(responseCode = "201", description = SITES_CREATED, headers = @Header(name = "Location", description = SITES_LOCATION), content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)),
            @Content(mediaType = SITE_LIST, schema = @Schema(type = SchemaType.ARRAY, implementation = SiteView.class)) })
    @APIResponse(responseCode = "400", description = "Nothing imported; every bad row is listed with its line number, as is a line"
            + " with bytes that are not text in the file's charset")
    @APIResponse(responseCode = "404", description = "No such organisation, or not the caller's")
    @APIResponse(responseCode = "409", description = "Sites of the file are registered already (a repeated import), each listed by"
            + " line, or were registered while it was imported; nothing imported. Location points at the organisation's sites"
            + " when some of them are its own", headers = @Header(name = "Location", description = "The organisation's sites"))
    @APIResponse(responseCode = "415", description = "The Content-Type names a charset this service does not know")
    // Produces JSON too, so that a client accepting only application/json is not refused: the list is JSON all the same.
    @Produces({ SITE_LIST, MediaType.APPLICATION_JSON })
    public Response importCsv(@PathParam("odsCode") String odsCode, byte[] csv, @Context HttpHeaders headers) {
        // The raw bytes, so that text which is not valid in its charset is refused rather than decoded into U+FFFD.
        String charset = headers.getMediaType() == null ? null : headers.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        List<SiteView> imported = sites.importCsv(odsCode, csv, charset);
        return Locations.created(SiteService.sites(odsCode)).type(SITE_LIST).entity(imported).build();
    }

    @GET
    @Operation(summary = "List the organisation's sites", description = "Sorted by site code; the total is in X-Total-Count")
    @APIResponse(responseCode = "200", description = "One page of sites", headers = @Header(name = PagedList.TOTAL_COUNT_HEADER, description = "How many sites the organisation has", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SiteView.class)))
    @APIResponse(responseCode = "404", description = "No such organisation, or not the caller's")
    public Response list(@PathParam("odsCode") String odsCode, @Valid @BeanParam PageRequest page) {
        return sites.list(odsCode, page).toResponse();
    }

    @GET
    @Path("{siteCode}")
    @Operation(summary = "Read a site")
    @APIResponse(responseCode = "200", description = "The site", content = @Content(schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "404", description = "No such site, or not the caller's")
    public SiteView get(@PathParam("odsCode") String odsCode, @PathParam("siteCode") String siteCode) {
        return sites.get(odsCode, siteCode);
    }
}
