package uk.collabproc.common.cache;

/**
 * A read model as computed at {@code generation}, and the entity tag that names it: the same key and generation give the
 * same representation on every replica, so clients revalidate with {@code If-None-Match} and get 304.
 */
public record Cached<T>(T value, long generation, String entityTag) {
}
