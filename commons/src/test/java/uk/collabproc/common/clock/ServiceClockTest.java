package uk.collabproc.common.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceClockTest {

    /** The machine's clock, moved on by the test. */
    private static final class Wall extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Wall wall = new Wall();
    private final ServiceClock clock = new ServiceClock(wall);

    @Test
    void untilMovedItReadsTheMachinesTime() {
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), clock.now());
    }

    @Test
    void onceMovedItReadsTheNewInstantAndKeepsRunning() {
        clock.set(Instant.parse("2017-10-02T09:00:00Z"));
        assertEquals(Instant.parse("2017-10-02T09:00:00Z"), clock.now());

        wall.advance(Duration.ofMinutes(90));
        assertEquals(Instant.parse("2017-10-02T10:30:00Z"), clock.now());
    }

    @Test
    void movingItAgainStartsFromTheNewInstantNotTheOld() {
        clock.set(Instant.parse("2017-10-02T09:00:00Z"));
        clock.set(Instant.parse("2017-12-04T10:00:00Z"));
        assertEquals(Instant.parse("2017-12-04T10:00:00Z"), clock.now());
    }

    @Test
    void todayIsTheDateInTheUkNotInUtc() {
        // 23:30 UTC on 28 October 2017 is 00:30 British Summer Time on the 29th.
        clock.set(Instant.parse("2017-10-28T23:30:00Z"));
        assertEquals(LocalDate.of(2017, 10, 29), clock.today());
        // In winter the UK is on UTC.
        clock.set(Instant.parse("2017-12-04T23:30:00Z"));
        assertEquals(LocalDate.of(2017, 12, 4), clock.today());
    }

    @Test
    void asClockFollowsTheServiceClockInTheUkZone() {
        Clock library = clock.asClock();
        clock.set(Instant.parse("2017-10-02T09:00:00Z"));

        assertEquals(ServiceClock.UK, library.getZone());
        assertEquals(Instant.parse("2017-10-02T09:00:00Z"), library.instant());
        wall.advance(Duration.ofSeconds(5));
        assertEquals(Instant.parse("2017-10-02T09:00:05Z"), library.instant());
    }

    @Test
    void asClockInAnotherZoneIsFixedAtTheMomentItWasAskedFor() {
        clock.set(Instant.parse("2017-10-02T09:00:00Z"));
        Clock utc = clock.asClock().withZone(ZoneOffset.UTC);
        wall.advance(Duration.ofHours(1));

        assertEquals(ZoneOffset.UTC, utc.getZone());
        assertEquals(Instant.parse("2017-10-02T09:00:00Z"), utc.instant());
    }

    @TempDir
    Path workingDirectory;

    @Test
    void aMovedClockKeptInAFileIsWhereTheNextRunStartsAndItHasRunOnMeanwhile() {
        Path file = workingDirectory.resolve("business-clock.properties");
        new ServiceClock(wall, file).set(Instant.parse("2018-03-05T09:00:00Z"));

        wall.advance(Duration.ofMinutes(30));
        ServiceClock restarted = new ServiceClock(wall, file);
        assertEquals(Instant.parse("2018-03-05T09:30:00Z"), restarted.now());

        restarted.set(Instant.parse("2018-06-01T09:00:00Z"));
        assertEquals(Instant.parse("2018-06-01T09:00:00Z"), new ServiceClock(wall, file).now());
    }

    @Test
    void aClockNeverMovedStartsAtTheMachinesTimeAndKeepsNothing() {
        Path file = workingDirectory.resolve("business-clock.properties");
        assertEquals(wall.instant(), new ServiceClock(wall, file).now());
        assertFalse(Files.exists(file));
    }

    @Test
    void aKeptClockThatCannotBeReadLeavesTheMachinesTime() throws Exception {
        Path file = workingDirectory.resolve("business-clock.properties");
        Files.writeString(file, "moved-to=the fifth of March\nmoved-at=2026-11-23T10:00:00Z\n");
        assertEquals(wall.instant(), new ServiceClock(wall, file).now());

        Files.writeString(file, "moved-to=2018-03-05T09:00:00Z\n");
        assertEquals(wall.instant(), new ServiceClock(wall, file).now());
    }

    @Test
    void whereTheClockMayNotBeMovedNothingIsKeptOrRestoredEvenWithAFileNamed() throws Exception {
        Path file = workingDirectory.resolve("business-clock.properties");
        new ServiceClock(wall, file).set(Instant.parse("2018-03-05T09:00:00Z"));

        ServiceClock production = new ServiceClock(wall);
        production.movable = false;
        production.keptIn = Optional.of(file.toString());
        production.restoreKeptClock();
        assertEquals(wall.instant(), production.now());

        Files.delete(file);
        production.set(Instant.parse("2017-10-02T09:00:00Z"));
        assertFalse(Files.exists(file));
    }

    @Test
    void whereTheClockMayBeMovedAndAFileIsNamedItIsRestoredFromThere() {
        Path file = workingDirectory.resolve("business-clock.properties");
        new ServiceClock(wall, file).set(Instant.parse("2018-03-05T09:00:00Z"));

        ServiceClock local = new ServiceClock(wall);
        local.movable = true;
        local.keptIn = Optional.of(file.toString());
        local.restoreKeptClock();
        assertEquals(Instant.parse("2018-03-05T09:00:00Z"), local.now());
    }
}
