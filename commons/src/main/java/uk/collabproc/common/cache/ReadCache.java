package uk.collabproc.common.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Aggregating reads (demand, ranking, evaluation, progress, benefits) served again until the service's data changes,
 * as the JSON they were written as the first time: serialising them was most of what a cached read still cost.
 * An entry is valid only for the {@link ReadGeneration} read before it was computed; any committed change advances
 * that generation, so after a write is acknowledged no reader is answered from an entry computed before it. The key
 * must name everything else the result depends on: the resource and its id, what the caller may see, and the day for
 * results judged against today. Access is still checked on every read, by the caller of this cache: before asking it,
 * or against facts kept with the result (who runs the procurement or contract).
 */
@ApplicationScoped
public class ReadCache {

    /** Entries are small read models; when there are more than this, the cache starts afresh rather than track use. */
    static final int MAX_ENTRIES = 2_048;

    private final Map<String, Cached<?>> entries = new ConcurrentHashMap<>();

    /** A computation under way for a key, from the generation read before it began. */
    private record Flight(long generation, CompletableFuture<Cached<?>> result) {
    }

    private final Map<String, Flight> flights = new ConcurrentHashMap<>();

    @Inject
    ReadGeneration generation;

    /** The application's mapper, the one the REST layer writes answers with. */
    @Inject
    ObjectMapper json;

    /** The result for {@code key} at the current generation, answered as its own JSON body. */
    public <T> Cached<T> read(String key, Supplier<T> compute) {
        return read(key, compute, Function.identity());
    }

    /**
     * The result for {@code key} at the current generation: the kept one, or {@code compute}'s, kept for the next reader
     * with {@code body}'s part of it serialised once (the rest is for the caller, such as the facts access is checked on).
     * Readers that find no result share one computation: a reader joins the one under way if it began at its generation
     * or a later one (whatever was committed before the reader asked is in it), and waits for it. When 64 clients read
     * a region's demand, each computed it from 20,000 requirements at once and the service ran out of memory.
     */
    @SuppressWarnings("unchecked")
    public <T> Cached<T> read(String key, Supplier<T> compute, Function<T, ?> body) {
        long current = generation.current();
        Cached<?> kept = entries.get(key);
        if (kept != null && kept.generation() == current) {
            return (Cached<T>) kept;
        }
        Flight mine = new Flight(current, new CompletableFuture<>());
        Flight flight = flights.compute(key, (k, underWay) -> underWay != null && underWay.generation() >= current ? underWay : mine);
        if (flight != mine) {
            Cached<T> shared = (Cached<T>) awaitShared(flight);
            // A computation that failed may have failed for its own caller (one who may not see the resource): compute alone.
            return shared != null ? shared : computeAndKeep(key, current, compute, body);
        }
        try {
            Cached<T> fresh = computeAndKeep(key, current, compute, body);
            mine.result().complete(fresh);
            return fresh;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            flights.remove(key, mine);
        }
    }

    private <T> Cached<T> computeAndKeep(String key, long current, Supplier<T> compute, Function<T, ?> body) {
        T value = compute.get();
        Cached<T> fresh = new Cached<>(value, current, entityTag(key, current), serialised(body.apply(value)));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // A slower reader may put back an entry of an older generation; the next reader then sees it is old and computes anew.
        entries.put(key, fresh);
        return fresh;
    }

    /** The shared computation's result, or null when it failed. */
    private static Cached<?> awaitShared(Flight flight) {
        try {
            return flight.result().get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a shared read", e);
        }
    }

    private byte[] serialised(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A read model could not be written as JSON", e);
        }
    }

    /** Opaque, and the same on every replica for the same key and generation. */
    static String entityTag(String key, long generation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((generation + "|" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
