package uk.collabproc.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

import uk.collabproc.common.paging.PageRequest;

class ParameterProblemMappersTest {

    enum Status {
        DRAFT,
        SUBMITTED
    }

    /** A resource method of the shape the services have: a path id, paging as a bean, and filters. */
    static class Requirements {
        public List<String> list(@PathParam("id") String procurement, @BeanParam PageRequest paging, @QueryParam("status") Status status,
                @QueryParam("neededBy") LocalDate neededBy, @QueryParam("odsCode") String odsCode) {
            return List.of();
        }

        public List<String> answers(@PathParam("id") UUID procurement, @PathParam("odsCode") String odsCode,
                @QueryParam("answered") Boolean answered,
                @BeanParam PageRequest paging) {
            return List.of();
        }
    }

    private final ParameterProblemMappers mappers = new ParameterProblemMappers();

    @Test
    void aPagingParameterThatIsNotAnIntIsInvalidWithItsRange() {
        HttpProblem problem = invalid(map(Map.of("page", "2147483648")));

        assertEquals(List.of(Violation.ofQuery("page", "must be a whole number from -2147483648 to 2147483647")),
                problem.getParameters().get("violations"));
    }

    @Test
    void anUnknownFilterValueListsTheValuesAllowed() {
        HttpProblem problem = invalid(map(Map.of("status", "APPROVED")));

        assertEquals(List.of(Violation.ofQuery("status", "must be one of DRAFT, SUBMITTED")), problem.getParameters().get("violations"));
    }

    @Test
    void everyUnreadableParameterIsNamedAtOnce() {
        HttpProblem problem = invalid(map(Map.of("size", "ten", "neededBy", "30/06/2018")));

        assertEquals(List.of(Violation.ofQuery("size", "must be a whole number from -2147483648 to 2147483647"),
                Violation.ofQuery("neededBy", "must be an ISO-8601 date (2017-12-04)")), problem.getParameters().get("violations"));
    }

    @Test
    void aPathThatMatchesNothingStaysNotFound() {
        Response response = mappers.unreadableParameter(new NotFoundException("No such path"), uri(map(Map.of("page", "x"))), resource());

        assertNotFound(response, "No such path");
    }

    @Test
    void aFailedConversionOfAPathParameterStaysNotFound() {
        // The query parameters read well, so the failed conversion was the path's: no such resource.
        Response response = mappers.unreadableParameter(failedConversion(), uri(map(Map.of("page", "2", "odsCode", "RK9"))), resource());

        assertNotFound(response, "Not convertible");
    }

    @Test
    void anIdInThePathThatIsNotAUuidNamesNoResourceAndSaysWhatItMustBe() {
        HttpProblem problem = refused(
                () -> mappers.refuseUnreadableParameters(uri(map(Map.of("id", "not-a-uuid", "odsCode", "RK9")), map(Map.of())),
                        answers()));

        assertEquals(404, problem.getStatusCode());
        assertEquals("Not Found", problem.getTitle());
        assertEquals("There is no such resource: the path parameter id must be a UUID", problem.getDetail());
        assertEquals(List.of(Violation.ofPath("id", "must be a UUID")), problem.getParameters().get("violations"));
    }

    @Test
    void aWellFormedIdIsLeftToTheServiceWhichAnswersUnknownAndForeignAlike() {
        mappers.refuseUnreadableParameters(uri(map(Map.of("id", "00000000-0000-0000-0000-000000000009", "odsCode", "not a code")),
                map(Map.of("answered", "TRUE", "page", "1"))), answers());
    }

    @Test
    void aYesOrNoFilterThatIsNeitherIsInvalidNotReadAsNo() {
        HttpProblem problem = refused(
                () -> mappers.refuseUnreadableParameters(uri(map(Map.of("id", "not-a-uuid")), map(Map.of("answered", "maybe"))),
                        answers()));

        // The query is judged first: a 400 says more than the 404 a malformed id would get.
        assertEquals(400, problem.getStatusCode());
        assertEquals(List.of(Violation.ofQuery("answered", "must be true or false")), problem.getParameters().get("violations"));
    }

    @Test
    void aParameterHoldingNulIsLeftToTheNulCheckWhichNamesIt() {
        mappers.refuseUnreadableParameters(uri(map(Map.of("id", "not\0a-uuid")), map(Map.of("answered", "may\0be", "size", "\0"))),
                answers());
    }

    @Test
    void theFilterChecksQueryParametersAsTheMapperDoes() {
        HttpProblem problem = refused(() -> mappers.refuseUnreadableParameters(uri(map(Map.of()), map(Map.of("page", "abc"))), answers()));

        assertEquals(400, problem.getStatusCode());
        assertEquals("A query parameter has the wrong form", problem.getDetail());
        assertEquals(List.of(Violation.ofQuery("page", "must be a whole number from -2147483648 to 2147483647")),
                problem.getParameters().get("violations"));
    }

    private static HttpProblem refused(org.junit.jupiter.api.function.Executable check) {
        return org.junit.jupiter.api.Assertions.assertThrows(HttpProblem.class, check);
    }

    private HttpProblem invalid(MultivaluedHashMap<String, String> query) {
        Response response = mappers.unreadableParameter(failedConversion(), uri(query), resource());
        assertEquals(400, response.getStatus());
        HttpProblem problem = (HttpProblem) response.getEntity();
        assertEquals("A query parameter has the wrong form", problem.getDetail());
        return problem;
    }

    private static void assertNotFound(Response response, String detail) {
        assertEquals(404, response.getStatus());
        HttpProblem problem = (HttpProblem) response.getEntity();
        assertEquals("Not Found", problem.getTitle());
        assertEquals(detail, problem.getDetail());
    }

    private static NotFoundException failedConversion() {
        return new NotFoundException("Not convertible", new IllegalArgumentException("For input string"));
    }

    private static MultivaluedHashMap<String, String> map(Map<String, String> values) {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        // In a fixed order, so that the violations come in the order of the method's parameters and fields.
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> query.add(entry.getKey(), entry.getValue()));
        return query;
    }

    private static UriInfo uri(MultivaluedHashMap<String, String> query) {
        return proxy(UriInfo.class, "getQueryParameters", query);
    }

    private static UriInfo uri(MultivaluedHashMap<String, String> path, MultivaluedHashMap<String, String> query) {
        return type(UriInfo.class, Map.of("getPathParameters", path, "getQueryParameters", query));
    }

    private static ResourceInfo answers() {
        try {
            return proxy(ResourceInfo.class, "getResourceMethod",
                    Requirements.class.getMethod("answers", UUID.class, String.class, Boolean.class, PageRequest.class));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> T type(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (self, called, arguments) -> {
            if (answers.containsKey(called.getName())) {
                return answers.get(called.getName());
            }
            throw new UnsupportedOperationException(called.getName());
        }));
    }

    private static ResourceInfo resource() {
        Method list;
        try {
            list = Requirements.class.getMethod("list", String.class, PageRequest.class, Status.class, LocalDate.class, String.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        return proxy(ResourceInfo.class, "getResourceMethod", list);
    }

    private static <T> T proxy(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (self, called, arguments) -> {
            if (called.getName().equals(method)) {
                return answer;
            }
            throw new UnsupportedOperationException(called.getName());
        }));
    }
}
