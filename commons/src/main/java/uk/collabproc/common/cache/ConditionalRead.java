package uk.collabproc.common.cache;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

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

    public static <T> RestResponse<T> answer(Cached<T> cached, String ifNoneMatch) {
        EntityTag tag = new EntityTag(cached.entityTag());
        if (matches(ifNoneMatch, cached.entityTag())) {
            return RestResponse.ResponseBuilder.<T> create(RestResponse.Status.NOT_MODIFIED).tag(tag).cacheControl(REVALIDATE).build();
        }
        return RestResponse.ResponseBuilder.ok(cached.value()).tag(tag).cacheControl(REVALIDATE).build();
    }

    /** The same for one page of a list, whose total travels in {@code X-Total-Count}. */
    public static <T> Response answerPage(Cached<PagedList<T>> cached, String ifNoneMatch) {
        EntityTag tag = new EntityTag(cached.entityTag());
        Response.ResponseBuilder answer = matches(ifNoneMatch, cached.entityTag()) ? Response.notModified()
                : Response.ok(cached.value().items()).header(PagedList.TOTAL_COUNT_HEADER, cached.value().total());
        return answer.tag(tag).cacheControl(REVALIDATE).build();
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
