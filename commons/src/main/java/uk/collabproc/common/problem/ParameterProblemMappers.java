package uk.collabproc.common.problem;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A query parameter that cannot be read as its type ({@code page=abc}, {@code page=2147483648}, an unknown enum value,
 * a bad date) is the client's mistake: 400, naming the parameter. JAX-RS answers every failed path or query parameter
 * conversion with a bare 404, which for a query parameter sends the client looking for a resource that exists. A path
 * parameter that cannot be read (an id that is not a UUID) still answers 404: no such resource.
 */
public class ParameterProblemMappers {

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response unreadableParameter(NotFoundException e, UriInfo uri, ResourceInfo resource) {
        // Only a failed conversion has a cause; a path that matches nothing has none.
        if (e.getCause() != null && resource != null && resource.getResourceMethod() != null) {
            List<Violation> violations = unreadableQueryParameters(resource.getResourceMethod(), uri.getQueryParameters());
            if (!violations.isEmpty()) {
                return Problems.invalid("A query parameter has the wrong form", violations).toResponse();
            }
        }
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("Not Found").withDetail(e.getMessage())
                .build().toResponse();
    }

    private static List<Violation> unreadableQueryParameters(Method method, MultivaluedMap<String, String> query) {
        List<Violation> violations = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            boolean bean = parameter.isAnnotationPresent(BeanParam.class)
                    || (parameter.getAnnotations().length == 0 && parameter.getType().getName().startsWith("uk.collabproc."));
            if (bean) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        check(field, field.getType(), query, violations);
                    }
                }
            } else {
                check(parameter, parameter.getType(), query, violations);
            }
        }
        return violations;
    }

    private static void check(AnnotatedElement element, Class<?> type, MultivaluedMap<String, String> query, List<Violation> violations) {
        QueryParam name = element.getAnnotation(QueryParam.class);
        if (name == null || query.get(name.value()) == null) {
            return;
        }
        for (String value : query.get(name.value())) {
            String problem = value.isEmpty() ? null : unreadable(type, value);
            if (problem != null) {
                violations.add(Violation.ofQuery(name.value(), problem));
                return;
            }
        }
    }

    /** Why the text is not a value of the type, or null when it is (or the type is one we do not judge). */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static String unreadable(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.strip());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.strip());
            } else if (type.isEnum()) {
                Enum.valueOf((Class<? extends Enum>) type, value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == Instant.class) {
                Instant.parse(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            }
            return null;
        } catch (RuntimeException e) {
            if (type.isEnum()) {
                return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            }
            if (type == LocalDate.class) {
                return "must be an ISO-8601 date (2017-12-04)";
            }
            if (type == Instant.class) {
                return "must be an ISO-8601 instant (2017-12-04T10:00:00Z)";
            }
            return type == UUID.class ? "must be a UUID"
                    : "must be a whole number from " + (type == long.class || type == Long.class
                            ? Long.MIN_VALUE + " to " + Long.MAX_VALUE
                            : Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
    }
}
