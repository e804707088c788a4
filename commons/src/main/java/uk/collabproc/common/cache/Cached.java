package uk.collabproc.common.cache;

/**
 * A read model as computed at {@code generation}: the value (with whatever the access check needs, such as who runs
 * the procurement), the JSON body answered for it, serialised once, and the entity tag that names it: the same key
 * and generation give the same body on every replica, so clients revalidate with {@code If-None-Match} and get 304.
 */
public record Cached<T>(T value, long generation, String entityTag, byte[] json) {
}
