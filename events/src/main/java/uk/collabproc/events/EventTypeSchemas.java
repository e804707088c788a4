package uk.collabproc.events;

import java.util.ArrayList;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes a service's event types into its OpenAPI document as the values of every field that names one, with what each
 * means, so that a partner reads in Swagger UI which types it may subscribe to. Called by each service's own filter,
 * since the types are the service's.
 */
public final class EventTypeSchemas {

    private EventTypeSchemas() {
    }

    public static void enumerate(OpenAPI openAPI, Map<String, String> types) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        StringBuilder meanings = new StringBuilder();
        types.forEach((type, meaning) -> meanings.append(meanings.isEmpty() ? "" : " ").append(type).append(": ").append(meaning)
                .append("."));
        String first = types.keySet().iterator().next();
        property(schemas, "EventType", "type").ifPresent(schema -> schema.enumeration(new ArrayList<>(types.keySet())).example(first));
        property(schemas, "EventDelivery", "eventType")
                .ifPresent(schema -> schema.enumeration(new ArrayList<>(types.keySet())).example(first));
        property(schemas, "SubscriptionRequest", "eventTypes").ifPresent(list -> list.example(java.util.List.of(first)).getItems()
                .enumeration(new ArrayList<>(types.keySet())).description(meanings.toString()));
    }

    private static java.util.Optional<Schema> property(Map<String, Schema> schemas, String schema, String property) {
        return java.util.Optional.ofNullable(schemas.get(schema)).map(Schema::getProperties).map(properties -> properties.get(property));
    }
}
