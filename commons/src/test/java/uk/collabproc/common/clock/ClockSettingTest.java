package uk.collabproc.common.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClockSettingTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aSettingNamesTheInstant() {
        assertEquals(List.of(), validator.validate(new ClockSetting(Instant.parse("2017-10-02T09:00:00Z"))).stream().toList());
    }

    @Test
    void aSettingWithoutAnInstantIsRefusedOnNow() {
        assertEquals(List.of("now"),
                validator.validate(new ClockSetting(null)).stream().map(violation -> violation.getPropertyPath().toString()).toList());
    }
}
