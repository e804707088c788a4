package uk.collabproc.common.problem;

import java.lang.reflect.Method;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

import uk.collabproc.common.security.Roles;

/**
 * A caller whose token has none of the roles an operation needs: 403 saying which roles those are (in {@code detail}
 * and, for programs, {@code roles}), so that the client knows which token to ask for. The roles come from the
 * operation's {@code @RolesAllowed}, which the OpenAPI document publishes anyway; nothing is said about the resource,
 * and the refusals that hide a resource are 404 and never reach this mapper. The library's own mapper answered a bare
 * "Forbidden".
 */
public class RoleProblemMappers {

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response forbidden(ForbiddenException e, ResourceInfo resource) {
        List<String> roles = resource == null || resource.getResourceMethod() == null ? List.of()
                : rolesAllowed(resource.getResourceMethod(), resource.getResourceClass());
        if (roles.isEmpty()) {
            return Problems.forbidden("The token's roles do not allow this").toResponse();
        }
        return HttpProblem.builder(Problems.forbidden("Only " + Roles.holderOfAny(roles) + " may do this"))
                .with("roles", roles)
                .build()
                .toResponse();
    }

    /** The method's own annotation wins over its class's, as for the check itself. */
    static List<String> rolesAllowed(Method method, Class<?> type) {
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return List.of(method.getAnnotation(RolesAllowed.class).value());
        }
        boolean own = method.isAnnotationPresent(PermitAll.class) || method.isAnnotationPresent(DenyAll.class)
                || method.isAnnotationPresent(Authenticated.class);
        Class<?> declaring = type != null ? type : method.getDeclaringClass();
        if (!own && declaring.isAnnotationPresent(RolesAllowed.class)) {
            return List.of(declaring.getAnnotation(RolesAllowed.class).value());
        }
        return List.of();
    }
}
