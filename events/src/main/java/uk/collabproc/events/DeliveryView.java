package uk.collabproc.events;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventDelivery", description = "One event on its way to the subscription's endpoint")
public record DeliveryView(
        UUID id,
        @Schema(description = "The CloudEvent's id, sent as webhook-id; the same on every attempt") UUID eventId,
        @Schema(description = "The event's CloudEvents type") String eventType,
        EventDelivery.Status status,
        int attempts,
        @Schema(description = "When it is tried next, while PENDING") Instant nextAttemptAt,
        @Schema(description = "What the endpoint last answered") Integer lastStatusCode,
        String lastError,
        Instant deliveredAt) {
}
