package uk.collabproc.common.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * A person's session on the pages: their access token in an HttpOnly cookie, which the browser sends with every page
 * request (a page is a navigation, which carries no Authorization header). The token is the one the API accepts, so the
 * pages are verified and authorised exactly as the API is; the cookie is read on page paths only
 * ({@link PageTokenMechanism}), so it never authorises an API call, and SameSite=Lax keeps other sites' forms from
 * sending it with a POST.
 */
public final class PageSession {

    public static final String COOKIE = "collab_token";
    /** Every page lives under this path; the cookie authenticates nothing else. */
    public static final String PAGES = "/dashboard";
    public static final String SIGN_IN = "/sign-in";

    // A path of this service, nothing more: "//host" or "/\host" would leave the site, so would a scheme.
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?&=:;,+-]*");

    private PageSession() {
    }

    /** Where to go after signing in: the page asked for, if it is one of this service's pages, else the start page. */
    public static String destination(String next) {
        return next != null && LOCAL_PATH.matcher(next).matches() && next.startsWith(PAGES) ? next : PAGES;
    }

    /** Sends the browser on to {@code next} with the token as its session. */
    public static Response signedIn(String token, String next, long maxAgeSeconds, boolean secure) {
        return seeOther(destination(next)).cookie(cookie(token, (int) Math.max(0, maxAgeSeconds), secure))
                .header("Cache-Control", "no-store").build();
    }

    public static Response signedOut(boolean secure) {
        return seeOther(SIGN_IN).cookie(cookie("", 0, secure)).header("Cache-Control", "no-store").build();
    }

    /** To the sign-in page, which sends the person back to {@code requested} afterwards. */
    public static Response signInFirst(String requested) {
        return seeOther(SIGN_IN + "?next=" + URLEncoder.encode(destination(requested), StandardCharsets.UTF_8)).build();
    }

    /**
     * A 303 to a path of this service, written as that path: JAX-RS would make it absolute with the Host header the client
     * sent, which a client chooses (every Location here is relative, README "Errors").
     */
    public static Response.ResponseBuilder seeOther(String path) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", path);
    }

    private static NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
