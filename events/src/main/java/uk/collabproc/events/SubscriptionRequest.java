package uk.collabproc.events;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionRequest", description = "An endpoint of the caller's own system and the event types it wants")
public record SubscriptionRequest(
        @NotNull @Size(max = 2000) @Schema(description = "Where events are POSTed, as CloudEvents (JSON, structured mode); HTTPS", example = "https://integration.plymouth.example.nhs.uk/collabproc/events") String endpoint,
        @NotEmpty @Size(max = 50) @Schema(description = "Event types from GET /api/v1/subscriptions/event-types") List<String> eventTypes) {
}
