package uk.collabproc.procurement.events;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import uk.collabproc.events.EventTypeSchemas;

/** This service's event types, as the values of the subscription API's fields that name one. */
@OpenApiFilter
public class EventTypesInDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        EventTypeSchemas.enumerate(openAPI, ProcurementEvents.TYPES);
    }
}
