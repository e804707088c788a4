package uk.collabproc.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string (value or object key) that holds the NUL character. A {@link MismatchedInputException}, so that
 * Jackson records the path of the field and the JSON problem mapper answers 400 naming it.
 */
public final class NulCharacterException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    NulCharacterException(JsonParser parser) {
        super(parser, "A JSON string holds the NUL character", String.class);
    }
}
