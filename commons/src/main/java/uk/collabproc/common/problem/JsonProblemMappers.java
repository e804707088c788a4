package uk.collabproc.common.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import uk.collabproc.common.text.NulCharacter;
import uk.collabproc.common.text.NulCharacterException;

/**
 * A request body that is not the JSON we expect is a 400 with the offending field, worded for the client.
 * Jackson's own messages name Java classes and are not for clients, so none of them is passed on.
 */
public class JsonProblemMappers {

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response malformed(JsonParseException e) {
        return Problems.invalid("The request body is not well-formed JSON", List.of()).toResponse();
    }

    // The subtypes are mapped one by one because the most specific mapper wins, and quarkus-resteasy-problem
    // maps these two with Jackson's wording.
    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response invalidValue(InvalidFormatException e) {
        return mismatched(e);
    }

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response unknownField(UnrecognizedPropertyException e) {
        return mismatched(e);
    }

    @ServerExceptionMapper(priority = Problems.MAPPER_PRIORITY)
    public Response mismatched(MismatchedInputException e) {
        String field = fieldPath(e);
        String message;
        if (e instanceof NulCharacterException) {
            message = NulCharacter.MESSAGE;
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException && e.getTargetType() != null && e.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(e.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e.getTargetType() != null) {
            message = "must be " + describe(e.getTargetType());
        } else {
            message = "has the wrong form";
        }
        if (field.isEmpty()) {
            String detail = e instanceof NulCharacterException ? "The request body " + NulCharacter.MESSAGE
                    : "The request body must be " + describe(e.getTargetType());
            return Problems.invalid(detail, List.of()).toResponse();
        }
        return Problems.invalid("The request body has an invalid field", List.of(Violation.ofBody(field, message)))
                .toResponse();
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The JSON shape a Java type expects, in words a client understands. */
    private static String describe(Class<?> type) {
        if (type == null) {
            return "a JSON value of another form";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + (type == java.time.LocalDate.class ? "date (2017-12-04)" : "instant (2017-12-04T10:00:00Z)");
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return "a JSON object";
    }
}
