package uk.collabproc.common.clock;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * The one source of business time in a service: deadlines, standstill and RAG are judged against it.
 * Outside production it can be moved (see {@link DevClockResource}) so that a 2017 procurement can be
 * replayed; once moved it keeps running from the new instant, because deadlines pass while people work. A local run
 * keeps the moved clock in a file of its working directory, so that a restart keeps it too (decision 0004).
 */
@ApplicationScoped
@Startup
public class ServiceClock {

    private static final Logger LOG = Logger.getLogger(ServiceClock.class);

    /** Legal time limits in the UK are counted in local time. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final Clock system;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private KeptClock kept;

    /** Whether the clock may be moved: never in production (see {@link DevClockGuard}). */
    @ConfigProperty(name = "collab.dev-clock.enabled", defaultValue = "false")
    boolean movable;

    /**
     * The file, relative to the working directory, in which a moved clock is kept between runs: named by
     * deploy/local/start.sh only, which gives each service a working directory of its own beside its data. Tests and
     * dev mode start from the machine's time.
     */
    @ConfigProperty(name = "collab.dev-clock.kept-in")
    Optional<String> keptIn;

    public ServiceClock() {
        this(Clock.systemUTC());
    }

    ServiceClock(Clock system) {
        this.system = system;
    }

    /** A movable clock kept in {@code file}: it starts where an earlier one kept there left off. */
    ServiceClock(Clock system, Path file) {
        this(system);
        keepIn(file);
    }

    @PostConstruct
    void restoreKeptClock() {
        if (movable && keptIn.isPresent()) {
            keepIn(Path.of(keptIn.get()));
        }
    }

    private void keepIn(Path file) {
        kept = new KeptClock(file.toAbsolutePath());
        try {
            kept.offset().ifPresent(restored -> {
                offset.set(restored);
                LOG.infof("Service clock at %s, as moved before the last restart (kept in %s)", now(), kept.file());
            });
        } catch (IOException e) {
            LOG.warnf("Service clock at the machine's time: the moved clock kept in %s cannot be read (%s)", kept.file(), e.getMessage());
        }
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
        Instant machine = system.instant();
        offset.set(Duration.between(machine, now));
        if (kept != null) {
            try {
                kept.keep(now, machine);
            } catch (IOException e) {
                LOG.warnf("The service clock is moved, but a restart will not keep it: %s cannot be written (%s)", kept.file(),
                        e.getMessage());
            }
        }
    }
}
