package uk.collabproc.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A partner system's endpoint and the event types it wants, for its organisation or its supplier. */
@Entity
@Table(name = "event_subscription")
@Audited
public class EventSubscription extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscriber_kind", nullable = false)
    public SubscriberKind subscriberKind;

    /** The organisation's ODS code or the supplier's id. */
    @Column(name = "subscriber", nullable = false)
    public String subscriber;

    @Column(name = "endpoint", nullable = false)
    public String endpoint;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    /** The signing key, "whsec_" and base64; shown once, at creation, and kept out of the audit history. */
    @NotAudited
    @Column(name = "secret", nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** False once deleted: its deliveries stop, and its record stays for the audit. */
    @Column(name = "active", nullable = false)
    public boolean active;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    boolean wants(OutboxEvent event) {
        return active && eventTypes.contains(event.type) && event.audience().admits(subscriberKind, subscriber);
    }
}
