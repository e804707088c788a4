package uk.collabproc.procurement.glance;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import uk.collabproc.common.page.PageSession;
import uk.collabproc.common.page.PageUser;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.security.Caller;
import uk.collabproc.procurement.procurement.ProcurementService;
import uk.collabproc.procurement.procurement.ProcurementView;

/**
 * procurement-service's start page: the procurements a person may look at, each linked to its page at a glance. Signing in
 * without a page asked for lands here, as it lands on the contracts' list in contract-service.
 */
@Path(PageSession.PAGES)
@Produces(MediaType.TEXT_HTML)
public class PagesIndexResource {

    /** A region runs a handful of procurements a year: one page of the API's largest holds them. */
    private static final int SHOWN = PageRequest.MAX_SIZE;

    @CheckedTemplate(basePath = "glance")
    static class Templates {
        static native TemplateInstance procurements(List<ProcurementView> procurements, long total, PageUser user);
    }

    @Inject
    ProcurementService procurements;

    @Inject
    Caller caller;

    @GET
    public Response procurements() {
        if (caller.isAnonymous()) {
            return PageSession.signInFirst(PageSession.PAGES);
        }
        PageRequest first = new PageRequest();
        first.size = SHOWN;
        var page = procurements.list(first);
        return Response.ok(Templates.procurements(page.items(), page.total(), PageUser.of(caller)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }
}
