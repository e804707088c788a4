package uk.collabproc.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class PagedListTest {

    @Test
    void theAnswerIsThePagesItemsWithTheTotalInXTotalCount() {
        Response response = new PagedList<>(List.of("RK9", "RH8"), 57).toResponse();

        assertEquals(200, response.getStatus());
        assertEquals(List.of("RK9", "RH8"), response.getEntity());
        assertEquals("57", response.getHeaderString(PagedList.TOTAL_COUNT_HEADER));
    }

    @Test
    void anEmptyPageStillCarriesTheTotal() {
        Response response = new PagedList<>(List.of(), 3).toResponse();

        assertEquals(List.of(), response.getEntity());
        assertEquals("3", response.getHeaderString("X-Total-Count"));
    }
}
