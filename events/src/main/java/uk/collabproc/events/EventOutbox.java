package uk.collabproc.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.collabproc.common.clock.ServiceClock;

/**
 * Where a change writes the event it causes, in its own transaction: committed together, or neither. Nothing is sent
 * from here; {@link EventDispatcher} sends what has committed.
 */
@ApplicationScoped
public class EventOutbox {

    @Inject
    ServiceClock clock;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /**
     * Appends an event of {@code type} about {@code subject} (a path such as {@code procurements/{id}}) carrying
     * {@code data}, for {@code audience}. Must run inside the transaction of the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String type, String subject, Object data, Audience audience) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.occurredAt = clock.now();
        event.audienceEveryone = audience.everyone();
        event.audienceOrganisations = String.join(",", audience.organisations());
        event.audienceSuppliers = String.join(",", audience.suppliers());
        try {
            event.body = json.writeValueAsString(new CloudEvent("1.0", event.id.toString(), "urn:collabproc:" + service, type, subject,
                    event.occurredAt, "application/json", data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be written as JSON", e);
        }
        event.persist();
    }
}
