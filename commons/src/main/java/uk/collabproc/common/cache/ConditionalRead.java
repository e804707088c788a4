package uk.collabproc.common.cache;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import uk.collabproc.common.paging.PagedList;

/**
 * The answer to a read that names the version it has ({@code If-None-Match}): 304 without a body when the cached result
 * is still the same, else the result with its entity tag. {@code no-cache}: clients keep the answer but ask again each
 * time, which is what keeps them from ever using one older than a change.
 */
public final class ConditionalRead {

    /** The request header a client repeats the entity tag in. */
    public static final String IF_NONE_MATCH = "If-None-Match";

    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    private ConditionalRead() {
    }

    public static Response answer(Cached<?> cached, String ifNoneMatch) {
        return answer(cached, ifNoneMatch, Response.ok(cached.json(), MediaType.APPLICATION_JSON_TYPE));
    }

    /** The same for one page of a list (the cached body is the page's items), whose total travels in {@code X-Total-Count}. */
    public static Response answerPage(Cached<?> cached, long total, String ifNoneMatch) {
        return answer(cached, ifNoneMatch,
                Response.ok(cached.json(), MediaType.APPLICATION_JSON_TYPE).header(PagedList.TOTAL_COUNT_HEADER, total));
    }

    private static Response answer(Cached<?> cached, String ifNoneMatch, Response.ResponseBuilder ok) {
        Response.ResponseBuilder answer = matches(ifNoneMatch, cached.entityTag()) ? Response.notModified() : ok;
        return answer.tag(new EntityTag(cached.entityTag())).cacheControl(REVALIDATE).build();
    }

    /** RFC 9110: a list of tags or {@code *}; weak comparison, so a tag a proxy marked weak still matches. */
    static boolean matches(String ifNoneMatch, String entityTag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + entityTag + "\"")) {
                return true;
            }
        }
        return false;
    }
}
