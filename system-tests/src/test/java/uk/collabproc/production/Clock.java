package uk.collabproc.production;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The time the production processes see. A production build has no movable business clock, and a procurement's legal
 * periods (25 days to the tender deadline, the standstill) cannot pass during a test; so the test moves the machine's
 * clock instead, for the services and Keycloak alike, by restarting them under libfaketime (Debian's faketime package)
 * with the days that have passed. Databases keep real time; nothing of ours compares the two.
 */
record Clock(Duration ahead) {

    static final Clock MACHINE = new Clock(Duration.ZERO);

    static Clock daysAhead(int days) {
        return new Clock(Duration.ofDays(days));
    }

    /** What a process needs in its environment to see this clock. */
    Map<String, String> environment() {
        if (ahead.isZero()) {
            return Map.of();
        }
        // The monotonic clock moves by the same constant, so timers and timeouts keep their lengths.
        return Map.of("LD_PRELOAD", Libfaketime.PATH.toString(), "FAKETIME", "+" + ahead.toDays() + "d");
    }

    /** Found (and installed when missing) once, on the first clock that moves, not for every process started. */
    private static final class Libfaketime {
        static final Path PATH = find();
    }

    private static Path find() {
        Scripts.run(Path.of("."), Map.of(), 10, List.of(Scripts.script("debian-packages.sh").toString(), "faketime"));
        try (Stream<Path> libraries = Files.list(Path.of("/usr/lib"))) {
            return libraries.map(directory -> directory.resolve("faketime/libfaketime.so.1")).filter(Files::exists).findFirst()
                    .orElseThrow(() -> new IllegalStateException("libfaketime.so.1 not found under /usr/lib/*/faketime"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
