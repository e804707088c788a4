package uk.collabproc.testsupport.bodies;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request body that starts valid and is changed one field at a time, so a test states only what it is about. The
 * body is a map for REST Assured to write as JSON; each {@link #asMap()} is a fresh copy the test may change further.
 */
public abstract class RequestBody<B extends RequestBody<B>> {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Sets any field, also one the API does not know or a value it refuses. */
    public B with(String field, Object value) {
        fields.put(field, value);
        return self();
    }

    /** Leaves a field out of the body. */
    public B without(String field) {
        fields.remove(field);
        return self();
    }

    /** The version the client last read, for an update guarded by optimistic locking. */
    public B withVersion(long version) {
        return with("version", version);
    }

    public Map<String, Object> asMap() {
        return new LinkedHashMap<>(fields);
    }

    protected Object field(String name) {
        return fields.get(name);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + fields;
    }
}
