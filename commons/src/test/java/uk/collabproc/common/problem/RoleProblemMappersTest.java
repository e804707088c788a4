package uk.collabproc.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.ForbiddenException;

import uk.collabproc.common.security.Roles;

class RoleProblemMappersTest {

    @RolesAllowed(Roles.OFFICER)
    static class Milestones {
        public void plan() {
        }

        @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.OFFICER, Roles.MEMBER })
        public void list() {
        }

        @PermitAll
        public void calendar() {
        }
    }

    private final RoleProblemMappers mappers = new RoleProblemMappers();

    @Test
    void aRefusalNamesTheRolesOfTheMethod() {
        HttpProblem problem = refusal("list");

        assertEquals("Only a project manager, an officer or a member may do this", problem.getDetail());
        assertEquals(List.of("project-manager", "officer", "member"), problem.getParameters().get("roles"));
    }

    @Test
    void aMethodWithoutRolesOfItsOwnTakesItsClasssRoles() {
        HttpProblem problem = refusal("plan");

        assertEquals("Only an officer may do this", problem.getDetail());
        assertEquals(List.of("officer"), problem.getParameters().get("roles"));
    }

    @Test
    void withoutRolesToNameTheRefusalSaysNoMoreThanThat() {
        HttpProblem problem = refusal("calendar");

        assertEquals("The token's roles do not allow this", problem.getDetail());
        assertFalse(problem.getParameters().containsKey("roles"));
    }

    private HttpProblem refusal(String method) {
        Response response = mappers.forbidden(new ForbiddenException(), resource(method));
        assertEquals(403, response.getStatus());
        HttpProblem problem = (HttpProblem) response.getEntity();
        assertEquals("Forbidden", problem.getTitle());
        return problem;
    }

    private static ResourceInfo resource(String method) {
        return (ResourceInfo) Proxy.newProxyInstance(ResourceInfo.class.getClassLoader(), new Class<?>[] { ResourceInfo.class },
                (self, called, arguments) -> switch (called.getName()) {
                    case "getResourceMethod" -> Milestones.class.getMethod(method);
                    case "getResourceClass" -> Milestones.class;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
