package uk.collabproc.common.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Aggregating reads (demand, ranking, evaluation, progress, benefits) served again until the service's data changes.
 * An entry is valid only for the {@link ReadGeneration} read before it was computed; any committed change advances
 * that generation, so after a write is acknowledged no reader is answered from an entry computed before it. The key
 * must name everything else the result depends on: the resource and its id, what the caller may see, and the day for
 * results judged against today. Access is checked before the cache is asked, on every read.
 */
@ApplicationScoped
public class ReadCache {

    /** Entries are small read models; when there are more than this, the cache starts afresh rather than track use. */
    static final int MAX_ENTRIES = 2_048;

    private final Map<String, Cached<?>> entries = new ConcurrentHashMap<>();

    @Inject
    ReadGeneration generation;

    /** The result for {@code key} at the current generation: the kept one, or {@code compute}'s, kept for the next reader. */
    @SuppressWarnings("unchecked")
    public <T> Cached<T> read(String key, Supplier<T> compute) {
        long current = generation.current();
        Cached<?> kept = entries.get(key);
        if (kept != null && kept.generation() == current) {
            return (Cached<T>) kept;
        }
        Cached<T> fresh = new Cached<>(compute.get(), current, entityTag(key, current));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // A slower reader may put back an entry of an older generation; the next reader then sees it is old and computes anew.
        entries.put(key, fresh);
        return fresh;
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
