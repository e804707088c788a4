package uk.collabproc.common.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Readers that find no result share one computation, unless it began before a change they must see. */
class ReadCacheTest {

    private final AtomicLong committed = new AtomicLong(1);
    private final ReadCache cache = new ReadCache();
    private final ExecutorService readers = Executors.newFixedThreadPool(16);

    ReadCacheTest() {
        cache.generation = new ReadGeneration() {
            @Override
            public long current() {
                return committed.get();
            }
        };
        cache.json = new ObjectMapper();
    }

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void readersArrivingWhileTheResultIsComputedShareThatComputation() throws Exception {
        AtomicInteger computations = new AtomicInteger(1);
        Blocked first = blockedRead(() -> "figures");
        List<Future<Cached<String>>> others = IntStream.range(0, 15).mapToObj(i -> readers.submit(() -> cache.read("demand:p1", () -> {
            computations.incrementAndGet();
            return "figures computed again";
        }))).toList();
        first.release().countDown();

        assertEquals("figures", first.read().get(10, TimeUnit.SECONDS).value());
        for (Future<Cached<String>> other : others) {
            assertEquals("figures", other.get(10, TimeUnit.SECONDS).value());
        }
        assertEquals(1, computations.get(), "computed once");
    }

    @Test
    void aReaderAfterAChangeDoesNotWaitForAComputationBegunBeforeIt() throws Exception {
        Blocked before = blockedRead(() -> "before the change");
        committed.incrementAndGet();

        Cached<String> after = readers.submit(() -> cache.read("demand:p1", () -> "after the change")).get(10, TimeUnit.SECONDS);
        assertEquals("after the change", after.value());
        assertEquals(2, after.generation());
        assertFalse(before.read().isDone(), "answered while the older computation was still under way");
        before.release().countDown();
        assertEquals(1, before.read().get(10, TimeUnit.SECONDS).generation());
    }

    @Test
    void whenTheSharedComputationFailsEachWaitingReaderComputesItsOwn() throws Exception {
        Blocked refused = blockedRead(() -> {
            throw new IllegalStateException("not this caller's to see");
        });
        Future<Cached<String>> waiting = readers.submit(() -> cache.read("demand:p1", () -> "figures"));
        refused.release().countDown();

        ExecutionException failure = assertThrows(ExecutionException.class, () -> refused.read().get(10, TimeUnit.SECONDS));
        assertEquals("not this caller's to see", failure.getCause().getMessage());
        assertEquals("figures", waiting.get(10, TimeUnit.SECONDS).value());
    }

    /** A read whose computation has begun and waits for {@code release} before it answers {@code result}'s value. */
    private record Blocked(Future<Cached<String>> read, CountDownLatch release) {
    }

    private Blocked blockedRead(Supplier<String> result) throws InterruptedException {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Cached<String>> read = readers.submit(() -> cache.read("demand:p1", () -> {
            computing.countDown();
            await(release);
            return result.get();
        }));
        assertTrue(computing.await(10, TimeUnit.SECONDS));
        return new Blocked(read, release);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
