package uk.collabproc.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriberKind", description = "ORGANISATION: an organisation by its ODS code, subscribed by its officer or member. "
        + "SUPPLIER: a supplier by its id, subscribed by the supplier itself")
public enum SubscriberKind {
    ORGANISATION,
    SUPPLIER
}
