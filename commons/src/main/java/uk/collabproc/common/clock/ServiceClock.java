package uk.collabproc.common.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one source of business time in a service: deadlines, standstill and RAG are judged against it.
 * Outside production it can be moved (see {@link DevClockResource}) so that a 2017 procurement can be
 * replayed; once moved it keeps running from the new instant, because deadlines pass while people work.
 */
@ApplicationScoped
public class ServiceClock {

    /** Legal time limits in the UK are counted in local time. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final Clock system;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public ServiceClock() {
        this(Clock.systemUTC());
    }

    ServiceClock(Clock system) {
        this.system = system;
    }

    public Instant now() {
        return system.instant().plus(offset.get());
    }

    /** Today's date in the UK, the day that date-based rules (deadlines, working days) refer to. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), UK);
    }

    /** A {@link Clock} that follows this service clock, for libraries that take one. */
    public Clock asClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return UK;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }

    /** Moves business time so that it reads {@code now} at this moment and runs on from there. */
    public void set(Instant now) {
        offset.set(Duration.between(system.instant(), now));
    }
}
