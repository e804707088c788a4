package uk.collabproc.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Runs tasks at the same instant, for the tests that check what a race leaves behind: every task has its own thread and
 * waits at a barrier until all have started, so none gets ahead while the others are still being scheduled. Results
 * come back in the order of the tasks; a task that throws, or tasks that do not finish within the timeout, fail the
 * test with every task's failure attached rather than the first one alone.
 */
public final class Concurrently {

    /** Long enough for a request that waits on a slow stand-in service; short enough that a deadlock fails the build. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** One of the racing tasks; {@code index} tells the copies apart. */
    @FunctionalInterface
    public interface Task<T> {
        T call(int index) throws Exception;
    }

    private Concurrently() {
    }

    /** Runs {@code count} copies of the task at once and answers their results in index order. */
    public static <T> List<T> run(int count, Task<T> task) {
        try (Started<T> started = start(count, task)) {
            return started.results();
        }
    }

    /** Runs different tasks at once and answers their results in the order given. */
    public static <T> List<T> all(List<? extends Callable<T>> tasks) {
        try (Started<T> started = start(tasks)) {
            return started.results();
        }
    }

    /** Releases {@code count} copies of the task together and answers at once, for a test that acts while they run. */
    public static <T> Started<T> start(int count, Task<T> task) {
        return start(IntStream.range(0, count).<Callable<T>> mapToObj(index -> () -> task.call(index)).toList());
    }

    /** Releases the tasks together and answers at once, for a test that acts while they run. */
    public static <T> Started<T> start(List<? extends Callable<T>> tasks) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("Nothing to run concurrently");
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size(), runnable -> {
            Thread thread = new Thread(runnable, "concurrently-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        CyclicBarrier together = new CyclicBarrier(tasks.size());
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                together.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return task.call();
            }));
        }
        pool.shutdown();
        return new Started<>(pool, futures);
    }

    /** Tasks under way; closing it interrupts whatever has not finished. */
    public static final class Started<T> implements AutoCloseable {

        private final ExecutorService pool;
        private final List<Future<T>> futures;

        private Started(ExecutorService pool, List<Future<T>> futures) {
            this.pool = pool;
            this.futures = futures;
        }

        /** Waits for every task, at most {@link #TIMEOUT} in all, and answers their results in order. */
        public List<T> results() {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            List<T> results = new ArrayList<>(futures.size());
            List<Throwable> failures = new ArrayList<>();
            for (int index = 0; index < futures.size(); index++) {
                try {
                    results.add(futures.get(index).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    failures.add(new IllegalStateException("task " + index + " failed", e.getCause()));
                    results.add(null);
                } catch (TimeoutException e) {
                    failures.add(new IllegalStateException("task " + index + " did not finish within " + TIMEOUT));
                    results.add(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for concurrent tasks", e);
                }
            }
            if (!failures.isEmpty()) {
                AssertionError error = new AssertionError(failures.size() + " of " + futures.size() + " concurrent tasks failed",
                        failures.get(0));
                failures.subList(1, failures.size()).forEach(error::addSuppressed);
                throw error;
            }
            return results;
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
