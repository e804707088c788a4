package uk.collabproc.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.collabproc.common.Constraints.violatedProperties;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Page;

class PageRequestTest {

    @Test
    void theRequestIsTheQueryPage() {
        Page page = request(3, 20).toPage();
        assertEquals(3, page.index);
        assertEquals(20, page.size);
    }

    @Test
    void theFirstItemOfTheLastAllowedPageStillHasAnIntOffset() {
        assertTrue((long) PageRequest.MAX_PAGE * PageRequest.MAX_SIZE <= Integer.MAX_VALUE);
        assertTrue((long) (PageRequest.MAX_PAGE + 1) * PageRequest.MAX_SIZE > Integer.MAX_VALUE);
    }

    @Test
    void pagesFromZeroToTheLastAllowedAreValid() {
        assertEquals(List.of(), violatedProperties(request(0, PageRequest.DEFAULT_SIZE)));
        assertEquals(List.of(), violatedProperties(request(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE)));
    }

    @Test
    void aNegativePageOrOnePastTheLastIsRefusedOnPage() {
        assertEquals(List.of("page"), violatedProperties(request(-1, 10)));
        assertEquals(List.of("page"), violatedProperties(request(PageRequest.MAX_PAGE + 1, 10)));
    }

    @Test
    void anEmptyPageOrOneOverTheMaximumSizeIsRefusedOnSize() {
        assertEquals(List.of("size"), violatedProperties(request(0, 0)));
        assertEquals(List.of("size"), violatedProperties(request(0, PageRequest.MAX_SIZE + 1)));
        assertEquals(List.of(), violatedProperties(request(0, 1)));
    }

    private static PageRequest request(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

}
