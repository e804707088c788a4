package uk.collabproc.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void publicDataGoesToEveryone() {
        assertTrue(Audience.publicData().admits(SubscriberKind.ORGANISATION, "RK9"));
        assertTrue(Audience.publicData().admits(SubscriberKind.SUPPLIER, "any-supplier"));
    }

    @Test
    void anOrganisationsDataGoesOnlyToThatOrganisationAndANamedSupplier() {
        Audience audience = Audience.organisations(List.of("RK9", "RH8")).andSupplier("mll");

        assertTrue(audience.admits(SubscriberKind.ORGANISATION, "RK9"));
        assertFalse(audience.admits(SubscriberKind.ORGANISATION, "RA9"));
        assertTrue(audience.admits(SubscriberKind.SUPPLIER, "mll"));
        assertFalse(audience.admits(SubscriberKind.SUPPLIER, "RK9"), "an organisation's code is not a supplier's id");
        assertFalse(audience.admits(SubscriberKind.SUPPLIER, "dartmoor"));
    }
}
