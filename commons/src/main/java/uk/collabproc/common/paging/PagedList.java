package uk.collabproc.common.paging;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** One page of a list and the total it was cut from; the total travels in {@code X-Total-Count}. */
public record PagedList<T>(List<T> items, long total) {

    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    public Response toResponse() {
        return Response.ok(items).header(TOTAL_COUNT_HEADER, total).build();
    }
}
