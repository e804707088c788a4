package uk.collabproc.common.page;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Signing in to the pages. Locally a person picks a persona of the demo and gets its development token; in production the
 * region's OIDC provider signs them in by the authorization code flow ({@code /sign-in/oidc}, the OIDC extension's
 * web-app tenant {@code pages}), and the access token it issued becomes the page session. Either way the pages then hold
 * the token the API would accept from that person, and nothing more.
 */
@Path(PageSession.SIGN_IN)
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance signIn(List<Persona> personas, String next, String refusal);
    }

    @Inject
    DevTokenMinter minter;

    @Inject
    PagesConfig config;

    @Inject
    SecurityIdentity identity;

    @GET
    public Response page(@QueryParam("next") String next) {
        if (!minter.enabled()) {
            return PageSession.seeOther(PageSession.SIGN_IN + "/oidc?next="
                    + java.net.URLEncoder.encode(PageSession.destination(next), java.nio.charset.StandardCharsets.UTF_8)).build();
        }
        return Response.ok(Templates.signIn(Persona.DEMO, PageSession.destination(next), null)).header("Cache-Control", "no-store").build();
    }

    @POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("role") String role, @FormParam("org") String organisation, @FormParam("supplier") String supplier,
            @FormParam("subject") String subject, @FormParam("next") String next) {
        if (!minter.enabled()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Persona persona;
        try {
            persona = Persona.of(role, organisation, supplier, subject);
        } catch (IllegalArgumentException refused) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.signIn(Persona.DEMO, PageSession.destination(next), refused.getMessage())).build();
        }
        return PageSession.signedIn(minter.mint(persona), next, minter.lifetime().toSeconds(), config.secureCookie());
    }

    /**
     * Production: reached only once the OIDC extension has signed the person in (an authenticated-only path of the web-app
     * tenant, which sends anyone else to the provider first); the access token it holds becomes the page session until
     * it expires, when the pages send the person here again and the extension refreshes it.
     */
    @GET
    @Path("oidc")
    public Response signedInByProvider(@QueryParam("next") String next) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (minter.enabled() || token == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return PageSession.signedIn(token.getToken(), next, expiry(identity) - Instant.now().getEpochSecond(), config.secureCookie());
    }

    @POST
    @Path("out")
    public Response signOut() {
        return PageSession.signedOut(config.secureCookie());
    }

    /** The signed-in person's tokens expire together; the ID token, the principal, says when. */
    private static long expiry(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt ? jwt.getExpirationTime()
                : Instant.now().getEpochSecond() + 300;
    }
}
