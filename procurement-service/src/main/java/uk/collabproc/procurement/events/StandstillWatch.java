package uk.collabproc.procurement.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementLot;
import uk.collabproc.procurement.procurement.ProcurementStatus;

/**
 * A standstill ends by the clock, not by a request: this watch notices it and tells partner systems, once, in the
 * transaction that marks it told. Every replica watches; the row lock makes one of them tell.
 */
@ApplicationScoped
public class StandstillWatch {

    @Inject
    ServiceClock clock;

    @Inject
    ProcurementEvents events;

    @Scheduled(every = "${collab.standstill-watch.interval:30s}", delayed = "${collab.events.poll-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void announceEndedStandstills() {
        Instant now = clock.now();
        // A contract concluded before the watch came round also ended its standstill: it is announced too.
        List<ProcurementStatus> awarded = List.of(ProcurementStatus.AWARDED, ProcurementStatus.CONTRACTED);
        List<UUID> ended = QuarkusTransaction.requiringNew().call(() -> Procurement.<Procurement> list(
                "status in ?1 and standstillEndAnnounced = false and standstillEndsAt <= ?2", awarded, now).stream()
                .map(procurement -> procurement.id).toList());
        for (UUID id : ended) {
            QuarkusTransaction.requiringNew().run(() -> Procurement.<Procurement> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .filter(procurement -> !procurement.standstillEndAnnounced && awarded.contains(procurement.status))
                    .ifPresent(procurement -> {
                        events.standstillEnded(procurement);
                        procurement.standstillEndAnnounced = true;
                    }));
        }
        // Each lot of a divided tender has its own standstill, announced when it ends whatever the other lots' state.
        List<UUID> endedLots = QuarkusTransaction.requiringNew().call(() -> ProcurementLot.<ProcurementLot> list(
                "awardId is not null and standstillEndAnnounced = false and standstillEndsAt <= ?1", now).stream()
                .map(lot -> lot.id).toList());
        for (UUID id : endedLots) {
            QuarkusTransaction.requiringNew().run(() -> ProcurementLot.<ProcurementLot> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .filter(lot -> !lot.standstillEndAnnounced && lot.awardId != null)
                    .ifPresent(lot -> {
                        Procurement procurement = Procurement.findById(lot.procurementId);
                        if (procurement.status != ProcurementStatus.CANCELLED) {
                            events.standstillEnded(procurement, lot);
                        }
                        lot.standstillEndAnnounced = true;
                    }));
        }
    }
}
