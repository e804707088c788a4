package uk.collabproc.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends what the outbox holds. Every replica runs it; rows are taken with {@code FOR UPDATE SKIP LOCKED}, so no two
 * replicas take the same one, and a delivery is claimed for a while before it is sent, outside any transaction, so that
 * a replica that dies while sending leaves it to another after the claim lapses. A delivery counts as done only when the
 * subscriber answers 2xx: at least once, never "probably".
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    @Inject
    EventsConfig config;

    @Inject
    EntityManager entities;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Scheduled(every = "${collab.events.poll-interval:1s}", delayed = "${collab.events.poll-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        try {
            fanOut();
            deliverDue();
        } catch (RuntimeException e) {
            // The next run tries again; nothing is lost, because nothing is marked done before it is.
            LOG.warnf(e, "Sending events failed; retrying on the next run");
        }
    }

    /** Turns committed events into one delivery per subscription that wants them and may see them. */
    void fanOut() {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxEvent> events = entities.createNativeQuery(
                    "select * from outbox_event where not dispatched order by occurred_at, id limit 100 for update skip locked",
                    OutboxEvent.class).getResultList();
            if (events.isEmpty()) {
                return;
            }
            List<EventSubscription> subscriptions = EventSubscription.list("active", true);
            Instant now = Instant.now();
            for (OutboxEvent event : events) {
                for (EventSubscription subscription : subscriptions) {
                    if (subscription.wants(event)) {
                        EventDelivery delivery = new EventDelivery();
                        delivery.id = UUID.randomUUID();
                        delivery.eventId = event.id;
                        delivery.subscriptionId = subscription.id;
                        delivery.status = EventDelivery.Status.PENDING;
                        delivery.createdAt = now;
                        delivery.nextAttemptAt = now;
                        delivery.persist();
                    }
                }
                event.dispatched = true;
            }
        });
    }

    /**
     * Claims the deliveries that are due, sends them all at once (a slow endpoint holds up nobody else's, and every one is
     * answered or timed out well within its claim), and records what each subscriber answered.
     */
    void deliverDue() {
        Instant now = Instant.now();
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> claim(now));
        List<CompletableFuture<Outcome>> sent = claimed.stream().map(this::send).toList();
        for (int i = 0; i < claimed.size(); i++) {
            UUID delivery = claimed.get(i).deliveryId();
            Outcome outcome = sent.get(i).join();
            QuarkusTransaction.requiringNew().run(() -> record(delivery, outcome));
        }
    }

    private record Claimed(UUID deliveryId, UUID eventId, String endpoint, String secret, String body) {
    }

    private record Outcome(Integer statusCode, String error) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private List<Claimed> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<EventDelivery> due = entities.createNativeQuery("select * from event_delivery where status = 'PENDING' "
                + "and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now) "
                + "order by next_attempt_at limit :batch for update skip locked", EventDelivery.class)
                .setParameter("now", now).setParameter("batch", config.batchSize()).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<UUID, EventSubscription> subscriptions = EventSubscription.<EventSubscription> list("id in ?1",
                due.stream().map(delivery -> delivery.subscriptionId).distinct().toList()).stream()
                .collect(Collectors.toMap(subscription -> subscription.id, Function.identity()));
        Map<UUID, OutboxEvent> events = OutboxEvent.<OutboxEvent> list("id in ?1",
                due.stream().map(delivery -> delivery.eventId).distinct().toList()).stream()
                .collect(Collectors.toMap(event -> event.id, Function.identity()));
        return due.stream().<Claimed> mapMulti((delivery, claimed) -> {
            EventSubscription subscription = subscriptions.get(delivery.subscriptionId);
            if (!subscription.active) {
                delivery.status = EventDelivery.Status.FAILED;
                delivery.lastError = "The subscription was deleted";
                return;
            }
            // Long enough to send it (the timeout, with room to spare), short enough that a replica's death delays it little.
            delivery.claimedUntil = now.plus(config.requestTimeout().multipliedBy(3));
            OutboxEvent event = events.get(delivery.eventId);
            claimed.accept(new Claimed(delivery.id, event.id, subscription.endpoint, subscription.secret, event.body));
        }).toList();
    }

    /** One attempt; signed afresh, since the timestamp is part of what is signed. */
    private CompletableFuture<Outcome> send(Claimed delivery) {
        long timestamp = Instant.now().getEpochSecond();
        String id = delivery.eventId().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.endpoint())).timeout(config.requestTimeout())
                .header("Content-Type", CloudEvent.MEDIA_TYPE)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(delivery.secret(), id, timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Outcome(response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "Answered " + response.statusCode()))
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                            ? failure.getCause()
                            : failure;
                    return new Outcome(null,
                            cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
                });
    }

    private void record(UUID deliveryId, Outcome outcome) {
        EventDelivery delivery = EventDelivery.findById(deliveryId);
        delivery.attempts++;
        delivery.claimedUntil = null;
        delivery.lastStatusCode = outcome.statusCode();
        if (outcome.delivered()) {
            delivery.status = EventDelivery.Status.DELIVERED;
            delivery.deliveredAt = Instant.now();
            delivery.lastError = null;
            return;
        }
        delivery.lastError = outcome.error() == null ? null : outcome.error().substring(0, Math.min(500, outcome.error().length()));
        if (delivery.attempts >= config.maxAttempts()) {
            delivery.status = EventDelivery.Status.FAILED;
            LOG.warnf("Gave up delivery %s of event %s after %d attempts: %s", delivery.id, delivery.eventId, delivery.attempts,
                    delivery.lastError);
        } else {
            delivery.nextAttemptAt = Instant.now().plus(retryDelay(delivery.attempts, config.firstRetryDelay(), config.maxRetryDelay()));
        }
    }

    /** After the n-th failed attempt: the first delay, doubled for each failure before it, at most {@code max}. */
    static Duration retryDelay(int failedAttempts, Duration first, Duration max) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
