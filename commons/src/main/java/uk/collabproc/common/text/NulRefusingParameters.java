package uk.collabproc.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;

/**
 * Path and query parameters are text from the client too: one that holds the NUL character ({@link NulCharacter},
 * sent as {@code %00}) is refused with 400 naming the parameter, for every endpoint of every service, before any
 * resource method looks it up in the database. It runs after matching, so that path parameters have their names.
 */
public class NulRefusingParameters {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        collect(uri.getPathParameters(), Violation::ofPath, violations);
        collect(uri.getQueryParameters(), Violation::ofQuery, violations);
        if (!violations.isEmpty()) {
            throw Problems.invalid("A parameter holds the NUL character", violations);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, BiFunction<String, String, Violation> violation,
            List<Violation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean nul = NulCharacter.in(parameter.getKey()) || parameter.getValue().stream().anyMatch(NulCharacter::in);
            if (nul) {
                // The name as sent, minus the character itself, so that the answer can be shown and logged safely.
                String name = parameter.getKey().replace("\0", "");
                violations.add(violation.apply(name, NulCharacter.MESSAGE));
            }
        }
    }
}
