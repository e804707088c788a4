package uk.collabproc.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event on its way to one subscription: at least once, retried with back-off until it is answered 2xx. */
@Entity
@Table(name = "event_delivery")
public class EventDelivery extends PanacheEntityBase {

    @Schema(name = "DeliveryStatus", description = "PENDING: not yet answered 2xx, tried again at nextAttemptAt. DELIVERED: answered 2xx. "
            + "FAILED: given up after the last attempt, or its subscription deleted")
    public enum Status {
        PENDING,
        DELIVERED,
        /** Given up after the last attempt, or its subscription deleted. */
        FAILED
    }

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    /** Real time, not the business clock: retries wait for a subscriber, whatever day the demo says it is. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** Until when a replica is sending it; a replica that dies while sending leaves it to be sent again after this. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
