package uk.collabproc.common.clock;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * A moved clock kept in a file of the service's working directory, so that a local run restarted keeps the business time
 * it was given (decision 0004). It records the instant the clock was moved to and the machine's time then: the clock
 * reads, after a restart, what it would have read had the service kept running.
 */
final class KeptClock {

    private static final String MOVED_TO = "moved-to";
    private static final String MOVED_AT = "moved-at";

    private final Path file;

    KeptClock(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** How far an earlier run moved the clock from the machine's time; empty where it was never moved. */
    Optional<Duration> offset() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties kept = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            kept.load(reader);
        }
        try {
            return Optional.of(Duration.between(Instant.parse(required(kept, MOVED_AT)), Instant.parse(required(kept, MOVED_TO))));
        } catch (DateTimeParseException e) {
            throw new IOException(file + " holds no instant the clock was moved to: " + e.getMessage(), e);
        }
    }

    /** Keeps that the clock was moved to {@code movedTo} when the machine's clock read {@code at}. */
    void keep(Instant movedTo, Instant at) throws IOException {
        Properties kept = new Properties();
        kept.setProperty(MOVED_TO, movedTo.toString());
        kept.setProperty(MOVED_AT, at.toString());
        Path written = file.resolveSibling(file.getFileName() + ".new");
        try (Writer writer = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
            kept.store(writer, "Business time of this local service, moved by PUT /api/dev/clock: it runs on from moved-to, which"
                    + " the machine's clock read as moved-at. deploy/local/start.sh --reset deletes it with the data.");
        }
        // Whole or not at all: a restart must never read half a file.
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String required(Properties kept, String key) throws IOException {
        String value = kept.getProperty(key);
        if (value == null) {
            throw new IOException(file + " names no " + key);
        }
        return value;
    }
}
