package uk.collabproc.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;

/** Partner systems' subscriptions: each organisation's or supplier's own, invisible to everyone else. */
@ApplicationScoped
public class SubscriptionService {

    static final String PATH = "/api/v1/subscriptions";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    @Inject
    Caller caller;

    @Inject
    ServiceClock clock;

    @Inject
    EventsConfig config;

    @Inject
    EventCatalogue catalogue;

    /** Whose subscriptions the caller manages: its supplier's as a supplier, else its organisation's. */
    private record Subscriber(SubscriberKind kind, String id) {
    }

    private Subscriber subscriber() {
        if (caller.hasRole(Roles.SUPPLIER)) {
            return new Subscriber(SubscriberKind.SUPPLIER, caller.supplier()
                    .orElseThrow(() -> Problems.forbidden("The token names no supplier, so there is no supplier to subscribe for")));
        }
        return new Subscriber(SubscriberKind.ORGANISATION, caller.organisation()
                .orElseThrow(() -> Problems.forbidden("The token names no organisation, so there is no organisation to subscribe for")));
    }

    public record Created(SubscriptionView subscription, URI location) {
    }

    @Transactional
    public Created create(SubscriptionRequest request) {
        Subscriber owner = subscriber();
        List<Violation> violations = new ArrayList<>();
        endpointProblem(request.endpoint()).ifPresent(message -> violations.add(Violation.ofBody("endpoint", message)));
        Map<String, String> known = catalogue.eventTypes();
        for (int i = 0; i < request.eventTypes().size(); i++) {
            String type = request.eventTypes().get(i);
            if (type == null || !known.containsKey(type)) {
                violations.add(Violation.ofBody("eventTypes[" + i + "]",
                        "is not an event type of this service; GET /api/v1/subscriptions/event-types lists them"));
            }
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid("The subscription cannot be made as it is; nothing was saved", violations);
        }
        Optional<EventSubscription> existing = active(owner, request.endpoint());
        if (existing.isPresent()) {
            throw alreadyExists(existing.get().id);
        }
        EventSubscription subscription = new EventSubscription();
        subscription.id = UUID.randomUUID();
        subscription.subscriberKind = owner.kind();
        subscription.subscriber = owner.id();
        subscription.endpoint = request.endpoint();
        subscription.eventTypes = request.eventTypes().stream().distinct().toList();
        subscription.secret = WebhookSignature.newSecret();
        subscription.createdAt = clock.now();
        subscription.createdBy = caller.subject();
        subscription.active = true;
        // Losing a race to a concurrent subscription of the same endpoint leaves this transaction unusable: the winner is
        // read in a fresh one.
        UniqueKeys.persistUnique(subscription, () -> alreadyExists(QuarkusTransaction.requiringNew()
                .call(() -> active(owner, request.endpoint()).orElseThrow().id)));
        return new Created(SubscriptionView.of(subscription, true), location(subscription.id));
    }

    private static Optional<EventSubscription> active(Subscriber owner, String endpoint) {
        return EventSubscription.find("subscriberKind = ?1 and subscriber = ?2 and endpoint = ?3 and active = true", owner.kind(),
                owner.id(), endpoint).firstResultOptional();
    }

    /** Why an endpoint cannot be used, if it cannot: HTTPS only, except plain HTTP on this machine where allowed. */
    Optional<String> endpointProblem(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https:// address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must be an absolute https:// address, without user information or fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        // The cloud's metadata service and this machine are never a partner's system (outside a developer's machine).
        if (host.startsWith("169.254.") || host.startsWith("[fe80:")) {
            return Optional.of("must be a partner system's address, not a link-local one");
        }
        boolean loopback = LOOPBACK.contains(host) || host.startsWith("127.");
        if (loopback && !config.allowLoopbackHttp()) {
            return Optional.of("must be a partner system's address, not this machine's");
        }
        if (scheme.equals("https") || scheme.equals("http") && loopback) {
            return Optional.empty();
        }
        return Optional.of("must use https: events carry organisations' data and are signed with a secret");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<SubscriptionView> list(PageRequest page) {
        Subscriber owner = subscriber();
        var query = EventSubscription.<EventSubscription> find("subscriberKind = :kind and subscriber = :id and active = true",
                Sort.by("createdAt").and("id"), Parameters.with("kind", owner.kind()).and("id", owner.id())).page(page.toPage());
        return new PagedList<>(query.list().stream().map(subscription -> SubscriptionView.of(subscription, false)).toList(),
                query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionView get(UUID id) {
        return SubscriptionView.of(own(id), false);
    }

    /** Deleted for good: its pending deliveries are given up, and its record stays for the audit. */
    @Transactional
    public void delete(UUID id) {
        EventSubscription subscription = own(id);
        subscription.active = false;
        EventDelivery.update("status = ?1, lastError = ?2 where subscriptionId = ?3 and status = ?4", EventDelivery.Status.FAILED,
                "The subscription was deleted", id, EventDelivery.Status.PENDING);
    }

    /** The subscription's deliveries, newest first, with what each endpoint last answered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<DeliveryView> deliveries(UUID id, EventDelivery.Status status, PageRequest page) {
        own(id);
        Parameters parameters = Parameters.with("subscription", id);
        String where = "subscriptionId = :subscription";
        if (status != null) {
            where += " and status = :status";
            parameters.and("status", status);
        }
        var query = EventDelivery.<EventDelivery> find(where, Sort.descending("createdAt").and("id"), parameters).page(page.toPage());
        List<EventDelivery> deliveries = query.list();
        Map<UUID, String> types = deliveries.isEmpty() ? Map.of()
                : OutboxEvent.<OutboxEvent> list("id in ?1", deliveries.stream().map(delivery -> delivery.eventId).toList()).stream()
                        .collect(java.util.stream.Collectors.toMap(event -> event.id, event -> event.type));
        return new PagedList<>(deliveries.stream().map(delivery -> view(delivery, types.get(delivery.eventId))).toList(), query.count());
    }

    /** A delivery given up or delivered is sent again, with a new round of attempts and its event's id. */
    @Transactional
    public DeliveryView redeliver(UUID id, UUID deliveryId) {
        own(id);
        EventDelivery delivery = EventDelivery.<EventDelivery> findByIdOptional(deliveryId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.subscriptionId.equals(id))
                .orElseThrow(() -> Problems.notFound("Delivery " + deliveryId));
        if (delivery.status == EventDelivery.Status.PENDING) {
            throw Problems.conflict("Pending already", "The delivery is being sent; its next attempt is at " + delivery.nextAttemptAt);
        }
        delivery.status = EventDelivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = Instant.now();
        delivery.claimedUntil = null;
        OutboxEvent event = OutboxEvent.findById(delivery.eventId);
        return view(delivery, event.type);
    }

    private static DeliveryView view(EventDelivery delivery, String eventType) {
        return new DeliveryView(delivery.id, delivery.eventId, eventType, delivery.status, delivery.attempts, delivery.nextAttemptAt,
                delivery.lastStatusCode, delivery.lastError, delivery.deliveredAt);
    }

    public List<EventTypeView> eventTypes() {
        return catalogue.eventTypes().entrySet().stream().map(type -> new EventTypeView(type.getKey(), type.getValue())).toList();
    }

    /** The caller's own active subscription; anyone else's does not exist for it. */
    private EventSubscription own(UUID id) {
        Subscriber owner = subscriber();
        return EventSubscription.<EventSubscription> findByIdOptional(id)
                .filter(subscription -> subscription.active && subscription.subscriberKind == owner.kind()
                        && subscription.subscriber.equals(owner.id()))
                .orElseThrow(() -> Problems.notFound("Subscription " + id));
    }

    static URI location(UUID id) {
        return Locations.of(PATH + "/{id}", id);
    }

    private static RuntimeException alreadyExists(UUID existing) {
        return Problems.alreadyExists("A subscription of this endpoint", location(existing));
    }
}
