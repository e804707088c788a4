package uk.collabproc.common.problem;

import java.lang.annotation.Annotation;
import java.net.URI;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Every problem carries RFC 9457's {@code type}. The services' problems need no type of their own beyond the status
 * code and title, which is what {@code about:blank} says; quarkus-resteasy-problem leaves the member out instead,
 * and a client should not have to know that a missing type means the same. Done on the way out, so that problems of
 * every origin (ours, the extension's mappers for 404, 405, 406, 415 and 500, Bean Validation) get it.
 */
public class ProblemTypes {

    public static final URI ABOUT_BLANK = URI.create("about:blank");

    /** A problem body is written the same whatever the resource method's annotations say. */
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    @ServerResponseFilter
    public void typeEveryProblem(ContainerResponseContext response) {
        if (response.getEntity() instanceof HttpProblem problem && problem.getType() == null) {
            // Not response.getEntityAnnotations(): for a request refused before its resource method was resolved (a
            // multipart body sent to a path whose methods consume JSON or CSV) it throws, and the 415 became a 500.
            response.setEntity(HttpProblem.builder(problem).withType(ABOUT_BLANK).build(), NO_ANNOTATIONS, response.getMediaType());
        }
    }
}
