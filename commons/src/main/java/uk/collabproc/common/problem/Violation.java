package uk.collabproc.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reason a request was refused, in the {@code violations} member of a 400 problem. {@code line} is set
 * where the input was a file (1 is the header of a CSV file), {@code in} says which part of the request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(Integer line, String field, String in, String message) {

    public static Violation ofBody(String field, String message) {
        return new Violation(null, field, "body", message);
    }

    public static Violation ofPath(String parameter, String message) {
        return new Violation(null, parameter, "path", message);
    }

    public static Violation ofQuery(String parameter, String message) {
        return new Violation(null, parameter, "query", message);
    }

    public static Violation ofLine(int line, String field, String message) {
        return new Violation(line, field, "body", message);
    }
}
