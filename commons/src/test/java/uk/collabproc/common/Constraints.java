package uk.collabproc.common;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Bean Validation as the services apply it to a request, for unit tests of the constraints on commons' types. */
public final class Constraints {

    // Without a running application there is no expression language for messages; the property paths are what count.
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private Constraints() {
    }

    /** The properties of the bean that break a constraint, in no particular order; empty when it is valid. */
    public static List<String> violatedProperties(Object bean) {
        return VALIDATOR.validate(bean).stream().map(violation -> violation.getPropertyPath().toString()).toList();
    }
}
