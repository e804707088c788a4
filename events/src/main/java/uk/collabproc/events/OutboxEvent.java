package uk.collabproc.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An event as a CloudEvent, written in the transaction of the change that caused it (transactional outbox): it exists
 * exactly when the change committed, and the dispatcher sends it from here, however often the service dies.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "type", nullable = false)
    public String type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "audience_everyone", nullable = false)
    public boolean audienceEveryone;

    /** ODS codes, comma-separated. */
    @Column(name = "audience_organisations", nullable = false)
    public String audienceOrganisations;

    /** Supplier ids, comma-separated. */
    @Column(name = "audience_suppliers", nullable = false)
    public String audienceSuppliers;

    /** The CloudEvent in JSON, structured mode: the body of every delivery, byte for byte. */
    @Column(name = "body", nullable = false)
    public String body;

    /** Whether the deliveries to the subscribers of the moment have been created. */
    @Column(name = "dispatched", nullable = false)
    public boolean dispatched;

    Audience audience() {
        return new Audience(audienceEveryone, split(audienceOrganisations), split(audienceSuppliers));
    }

    private static Set<String> split(String joined) {
        return Arrays.stream(joined.split(",")).filter(part -> !part.isEmpty()).collect(Collectors.toSet());
    }
}
