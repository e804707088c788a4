package uk.collabproc.common.page;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A refusal or failure met on a page, answered as a page a person can read, with the status the API would give (a 404 for
 * another organisation's contract, a 403 for a role that never sees this page): a browser shows problem+json as raw text.
 */
public final class PageErrors {

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, PageUser user);
    }

    private PageErrors() {
    }

    /** {@code user}: who is signed in, for the masthead; null for nobody. */
    public static Response of(HttpProblem problem, PageUser user) {
        return of(problem.getStatusCode(), problem.getTitle(), problem.getDetail(), user);
    }

    public static Response of(int status, String title, String detail, PageUser user) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail, user))
                .header("Cache-Control", "no-store").build();
    }

    /** 403: what the role never sees, and which roles do. */
    public static Response forbidden(String page, String rolesThatMay, PageUser user) {
        return of(403, "Not for your role", page + " is for " + rolesThatMay + ".", user);
    }
}
