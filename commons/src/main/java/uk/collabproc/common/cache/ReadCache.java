package uk.collabproc.common.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
     */
    @SuppressWarnings("unchecked")
    public <T> Cached<T> read(String key, Supplier<T> compute, Function<T, ?> body) {
        long current = generation.current();
        Cached<?> kept = entries.get(key);
        if (kept != null && kept.generation() == current) {
            return (Cached<T>) kept;
        }
        T value = compute.get();
        Cached<T> fresh = new Cached<>(value, current, entityTag(key, current), serialised(body.apply(value)));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // A slower reader may put back an entry of an older generation; the next reader then sees it is old and computes anew.
        entries.put(key, fresh);
        return fresh;
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
