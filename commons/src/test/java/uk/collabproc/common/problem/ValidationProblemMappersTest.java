package uk.collabproc.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.collabproc.common.paging.PageRequest;

/** The violations of a resource method's parameters as Hibernate Validator reports them, and what the client is told. */
class ValidationProblemMappersTest {

    record Criterion(@NotBlank String code) {
    }

    record Tender(@NotNull @Size(max = 3) String title, @Valid List<Criterion> criteria) {
    }

    static class Resource {
        public void save(@PathParam("id") @Size(max = 5) String id, @Valid @NotNull Tender tender) {
        }

        public void list(@Valid @BeanParam PageRequest page) {
        }
    }

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aPagingParameterIsNamedAsTheQueryParameterItIs() throws Exception {
        PageRequest page = new PageRequest();
        page.page = -1;
        page.size = 501;
        assertEquals(List.of(Violation.ofQuery("page", "must be greater than or equal to 0"),
                Violation.ofQuery("size", "must be less than or equal to 500")),
                violations(Resource.class.getMethod("list", PageRequest.class), page));
    }

    @Test
    void aBodyFieldIsNamedByItsPathInTheBodyAndAPathParameterByItsName() throws Exception {
        Tender tender = new Tender("Too long", List.of(new Criterion("Q1"), new Criterion(" ")));
        assertEquals(List.of(Violation.ofBody("criteria[1].code", "must not be blank"),
                Violation.ofPath("id", "size must be between 0 and 5"),
                Violation.ofBody("title", "size must be between 0 and 3")),
                violations(Resource.class.getMethod("save", String.class, Tender.class), "abcdef", tender));
    }

    @Test
    void aMissingBodyIsTheBodyAsAWhole() throws Exception {
        assertEquals(List.of(Violation.ofBody("", "must not be null")),
                violations(Resource.class.getMethod("save", String.class, Tender.class), "a", null));
    }

    private static List<Violation> violations(Method method, Object... arguments) {
        Set<ConstraintViolation<Resource>> found = validator.forExecutables().validateParameters(new Resource(), method, arguments);
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Resource> violation : found) {
            List<Path.Node> path = new ArrayList<>();
            violation.getPropertyPath().forEach(path::add);
            violations.add(ValidationProblemMappers.violation(method, path, violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field));
        return violations;
    }
}
