package uk.collabproc.supplier.evaluator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewEvaluator(
        @NotNull @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) @Schema(description = "The evaluator's token subject: " + ID_MESSAGE
                + " (a Keycloak subject is a UUID)", pattern = ID_PATTERN, maxLength = 128, example = "eval-alice") String evaluatorId,

        @NotBlank @Size(max = 200) @Schema(example = "Jo Smith") String name) {

    /**
     * What a token subject may look like here. It admits the subjects of real providers (Keycloak's UUIDs, e-mail-like
     * names, the demo's {@code eval-alice}) and nothing that would need care in a URL path or a log line: no spaces,
     * slashes, backslashes or control characters, and no {@code .} or {@code ..} segment, since the id is a segment
     * of the evaluator's own path.
     */
    static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$";
    static final String ID_MESSAGE = "must be 1 to 128 letters, digits, '.', '_', '@' or '-', starting with a letter or digit";
}
