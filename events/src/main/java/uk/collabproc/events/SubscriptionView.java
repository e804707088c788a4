package uk.collabproc.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
        UUID id,
        SubscriberKind subscriberKind,
        @Schema(description = "The organisation's ODS code or the supplier's id", example = "RK9") String subscriber,
        String endpoint,
        List<String> eventTypes,
        Instant createdAt,
        @Schema(description = "The signing secret (Standard Webhooks, \"whsec_\" and base64): in the answer to the creation only; keep it, it is never shown again", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        long version) {

    static SubscriptionView of(EventSubscription subscription, boolean withSecret) {
        return new SubscriptionView(subscription.id, subscription.subscriberKind, subscription.subscriber, subscription.endpoint,
                subscription.eventTypes, subscription.createdAt, withSecret ? subscription.secret : null, subscription.version);
    }
}
