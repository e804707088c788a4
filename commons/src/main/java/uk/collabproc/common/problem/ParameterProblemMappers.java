package uk.collabproc.common.problem;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkiverse.resteasy.problem.HttpProblem;

import uk.collabproc.common.text.NulCharacter;

/**
 * A query parameter that cannot be read as its type ({@code page=abc}, {@code page=2147483648}, an unknown enum value,
 * a bad date, {@code answered=maybe}) is the client's mistake: 400, naming the parameter. JAX-RS answers every failed
 * path or query parameter conversion with a bare 404, which for a query parameter sends the client looking for a
 * resource that exists, and reads any text but {@code true} as {@code false}. A path parameter that cannot be read (an
 * id that is not a UUID) still answers 404, no such resource, but says which parameter and what form it must have: a
 * malformed id can name no resource, so saying so leaks nothing, while a well-formed id that is unknown or another
 * organisation's is answered by the service, the same for both.
 */
public class ParameterProblemMappers {

    /**
     * Checked after matching, so that the resource method's parameters are known, and after the NUL check
     * ({@code NulRefusingParameters}, at {@link Priorities#USER}), whose 400 comes first for a parameter holding NUL.
     */
    @ServerRequestFilter(priority = Priorities.USER + 10)
    public void refuseUnreadableParameters(UriInfo uri, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        List<Violation> query = unreadableQueryParameters(resource.getResourceMethod(), uri.getQueryParameters());
        if (!query.isEmpty()) {
            throw Problems.invalid("A query parameter has the wrong form", query);
        }
        List<Violation> path = unreadablePathParameters(resource.getResourceMethod(), uri.getPathParameters());
        if (!path.isEmpty()) {
            throw Problems.malformedPath(path);
        }
    }

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

    private static List<Violation> unreadablePathParameters(Method method, MultivaluedMap<String, String> path) {
        List<Violation> violations = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            PathParam name = parameter.getAnnotation(PathParam.class);
            if (name != null && path.get(name.value()) != null) {
                for (String value : path.get(name.value())) {
                    String problem = NulCharacter.in(value) ? null : unreadable(parameter.getType(), value);
                    if (problem != null) {
                        violations.add(Violation.ofPath(name.value(), problem));
                        break;
                    }
                }
            }
        }
        return violations;
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
            // An empty value is no filter; one holding NUL is refused by name already.
            String problem = value.isEmpty() || NulCharacter.in(value) ? null : unreadable(type, value);
            if (problem != null) {
                violations.add(Violation.ofQuery(name.value(), problem));
                return;
            }
        }
    }

    /** Why the text is not a value of the type, or null when it is (or the type is one we do not judge). */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    /**
     * An enum's {@code public static fromString(String)}, which JAX-RS prefers to {@code valueOf} (a milestone status is
     * read by its OCDS code, {@code notMet}); null when it has none.
     */
    private static Method fromString(Class<?> type) {
        try {
            Method method = type.getMethod("fromString", String.class);
            return Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type ? method : null;
        } catch (NoSuchMethodException none) {
            return null;
        }
    }

    /** An enum value as a client writes it: its {@link JsonValue} when it has one (an OCDS code), else its name. */
    private static String asWritten(Object constant) {
        for (Method method : constant.getClass().getMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
                try {
                    return String.valueOf(method.invoke(constant));
                } catch (ReflectiveOperationException e) {
                    break;
                }
            }
        }
        return constant.toString();
    }

    private static String unreadable(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.strip());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.strip());
            } else if (type.isEnum() && fromString(type) != null) {
                try {
                    fromString(type).invoke(null, value);
                } catch (ReflectiveOperationException refused) {
                    throw new IllegalArgumentException(refused);
                }
            } else if (type.isEnum()) {
                Enum.valueOf((Class<? extends Enum>) type, value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == Instant.class) {
                Instant.parse(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if ((type == boolean.class || type == Boolean.class) && !value.equalsIgnoreCase("true")
                    && !value.equalsIgnoreCase("false")) {
                return "must be true or false";
            }
            return null;
        } catch (RuntimeException e) {
            if (type.isEnum()) {
                return "must be one of " + Arrays.stream(type.getEnumConstants()).map(ParameterProblemMappers::asWritten)
                        .collect(Collectors.joining(", "));
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
