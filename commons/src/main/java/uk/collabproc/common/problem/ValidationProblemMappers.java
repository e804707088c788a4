package uk.collabproc.common.problem;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Bean Validation failures of a request as 400 with every violation, each naming the part of the request it is in.
 * The library's own mapper names a parameter only where the resource method declares it directly: the paging
 * parameters, which every list takes through one {@code @BeanParam}, came out as body fields ({@code size} "in body"),
 * sending a client to look for a field it never sent.
 */
public class ValidationProblemMappers {

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response invalidRequest(ConstraintViolationException e, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            List<Path.Node> path = new ArrayList<>();
            violation.getPropertyPath().forEach(path::add);
            if (path.stream().anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE)) {
                // What the service itself answers broke its own rules: the client's request is not at fault.
                return HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR).toResponse();
            }
            violations.add(violation(method, path, violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::in).thenComparing(Violation::field).thenComparing(Violation::message));
        return Problems.invalid("The request has invalid values", violations).toResponse();
    }

    /** The path is method, parameter, then the properties within it, as Hibernate Validator gives it. */
    static Violation violation(Method method, List<Path.Node> path, String message) {
        if (method == null || path.size() < 2 || path.get(1).getKind() != ElementKind.PARAMETER) {
            return Violation.ofBody(fieldOf(path.subList(Math.min(path.size(), 2), path.size())), message);
        }
        Parameter parameter = method.getParameters()[path.get(1).as(Path.ParameterNode.class).getParameterIndex()];
        List<Path.Node> within = path.subList(2, path.size());
        Optional<Violation> named = requestPart(parameter, message);
        if (named.isEmpty() && parameter.isAnnotationPresent(BeanParam.class) && !within.isEmpty()) {
            named = beanField(parameter.getType(), within.get(0).getName()).flatMap(field -> requestPart(field, message));
        }
        return named.orElseGet(() -> Violation.ofBody(fieldOf(within), message));
    }

    private static Optional<AnnotatedElement> beanField(Class<?> type, String name) {
        for (Class<?> declaring = type; declaring != null && declaring != Object.class; declaring = declaring.getSuperclass()) {
            try {
                return Optional.of(declaring.getDeclaredField(name));
            } catch (NoSuchFieldException e) {
                // declared further up, if anywhere
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> requestPart(AnnotatedElement element, String message) {
        if (element.isAnnotationPresent(QueryParam.class)) {
            return Optional.of(Violation.ofQuery(element.getAnnotation(QueryParam.class).value(), message));
        }
        if (element.isAnnotationPresent(PathParam.class)) {
            return Optional.of(Violation.ofPath(element.getAnnotation(PathParam.class).value(), message));
        }
        if (element.isAnnotationPresent(HeaderParam.class)) {
            return Optional.of(new Violation(null, element.getAnnotation(HeaderParam.class).value(), "header", message));
        }
        return Optional.empty();
    }

    /** {@code criteria[1].code}: the body's field as the client wrote it; empty for the body as a whole. */
    static String fieldOf(List<Path.Node> nodes) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.length() == 0 ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}
