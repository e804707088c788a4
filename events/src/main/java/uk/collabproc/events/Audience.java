package uk.collabproc.events;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may receive an event: everyone (public data), or the organisations (ODS codes) and suppliers (supplier ids) whose
 * data it is about. A subscriber receives an event only if it is public or the subscriber is named here.
 */
public record Audience(boolean everyone, Set<String> organisations, Set<String> suppliers) {

    public Audience {
        organisations = Set.copyOf(organisations);
        suppliers = Set.copyOf(suppliers);
    }

    /** Public data, which any subscriber may receive. */
    public static Audience publicData() {
        return new Audience(true, Set.of(), Set.of());
    }

    public static Audience organisations(Collection<String> odsCodes) {
        return new Audience(false, new TreeSet<>(odsCodes), Set.of());
    }

    public Audience andSupplier(String supplierId) {
        Set<String> more = new TreeSet<>(suppliers);
        more.add(supplierId);
        return new Audience(everyone, organisations, more);
    }

    /** Whether a subscription of {@code owner} may receive an event for this audience. */
    public boolean admits(SubscriberKind kind, String owner) {
        return everyone || (kind == SubscriberKind.ORGANISATION ? organisations.contains(owner) : suppliers.contains(owner));
    }
}
