package uk.collabproc.procurement.glance;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import uk.collabproc.common.page.PageErrors;
import uk.collabproc.common.page.PageSession;
import uk.collabproc.common.page.PageUser;
import uk.collabproc.common.security.Caller;

/**
 * The procurement at a glance: one page for a board, under the API's access rules ({@link GlanceService}). Not part of
 * the public API (its package is left out of the OpenAPI document). A person not signed in is sent to sign in first; a
 * refusal is an HTML page with the API's status (404 for what is not theirs to see), not a problem document.
 */
@Path(PageSession.PAGES + "/procurements")
@Produces(MediaType.TEXT_HTML)
public class GlanceResource {

    @CheckedTemplate(basePath = "glance")
    static class Templates {
        static native TemplateInstance procurement(Glance glance);

    }

    @Inject
    GlanceService glances;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    public Response procurement(@PathParam("id") String id) {
        if (caller.isAnonymous()) {
            return PageSession.signInFirst(PageSession.PAGES + "/procurements/" + id);
        }
        return page(Response.ok(Templates.procurement(glances.glance(procurementId(id)))));
    }

    /** A malformed id names no procurement: 404, as the API answers an id it does not have, rather than a 400 problem. */
    private static UUID procurementId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    @ServerExceptionMapper
    Response refused(HttpProblem problem) {
        return refusal(problem.getStatusCode(), problem.getTitle(), problem.getDetail());
    }

    @ServerExceptionMapper
    Response refused(WebApplicationException refused) {
        int status = refused.getResponse().getStatus();
        return refusal(status, Response.Status.fromStatusCode(status) == null ? "Refused"
                : Response.Status.fromStatusCode(status)
                        .getReasonPhrase(),
                status == 404 ? "There is no such procurement, or it is not yours to see." : null);
    }

    private Response refusal(int status, String title, String detail) {
        String shown = status == 404 ? "There is no such procurement, or it is not yours to see." : detail;
        return PageErrors.of(status, title, shown, PageUser.of(caller));
    }

    /** The page holds what one person may see: no shared cache keeps it. */
    private static Response page(Response.ResponseBuilder response) {
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }
}
