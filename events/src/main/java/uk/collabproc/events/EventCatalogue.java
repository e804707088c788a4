package uk.collabproc.events;

import java.util.Map;

/** The event types a service publishes, each with what it means: a subscription may ask only for these. */
public interface EventCatalogue {

    /** By CloudEvents type, e.g. {@code uk.collabproc.tender.published}, in a stable order. */
    Map<String, String> eventTypes();
}
