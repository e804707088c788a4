package uk.collabproc.common.clock;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

class DevClockGuardTest {

    @Test
    void whereTheClockMayNotMoveItsPathIsNotFound() {
        DevClockGuard guard = guard(false);
        assertThrows(NotFoundException.class, () -> guard.hideWhenDisabled(request("/api/dev/clock")));
        assertThrows(NotFoundException.class, () -> guard.hideWhenDisabled(request("/api/dev/clock/anything")));
    }

    @Test
    void whereTheClockMayNotMoveEveryOtherPathPasses() {
        assertDoesNotThrow(() -> guard(false).hideWhenDisabled(request("/api/v1/procurements")));
    }

    @Test
    void whereTheClockMayMoveItsPathPasses() {
        assertDoesNotThrow(() -> guard(true).hideWhenDisabled(request("/api/dev/clock")));
    }

    private static DevClockGuard guard(boolean enabled) {
        DevClockGuard guard = new DevClockGuard();
        guard.enabled = enabled;
        return guard;
    }

    private static ContainerRequestContext request(String path) {
        UriInfo uri = proxy(UriInfo.class, "getPath", path);
        return proxy(ContainerRequestContext.class, "getUriInfo", uri);
    }

    /** An implementation that answers the one method the guard calls, and fails on any other. */
    static <T> T proxy(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (self, called, arguments) -> {
            if (called.getName().equals(method) && (arguments == null || arguments.length == 0)) {
                return answer;
            }
            throw new UnsupportedOperationException(called.getName());
        }));
    }
}
