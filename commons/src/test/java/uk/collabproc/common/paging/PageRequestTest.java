package uk.collabproc.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Page;

class PageRequestTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

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
        assertEquals(List.of(), invalid(request(0, PageRequest.DEFAULT_SIZE)));
        assertEquals(List.of(), invalid(request(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE)));
    }

    @Test
    void aNegativePageOrOnePastTheLastIsRefusedOnPage() {
        assertEquals(List.of("page"), invalid(request(-1, 10)));
        assertEquals(List.of("page"), invalid(request(PageRequest.MAX_PAGE + 1, 10)));
    }

    @Test
    void anEmptyPageOrOneOverTheMaximumSizeIsRefusedOnSize() {
        assertEquals(List.of("size"), invalid(request(0, 0)));
        assertEquals(List.of("size"), invalid(request(0, PageRequest.MAX_SIZE + 1)));
        assertEquals(List.of(), invalid(request(0, 1)));
    }

    private static PageRequest request(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    private static List<String> invalid(PageRequest request) {
        return validator.validate(request).stream().map(violation -> violation.getPropertyPath().toString()).toList();
    }
}
