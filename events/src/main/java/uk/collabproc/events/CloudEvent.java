package uk.collabproc.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A CloudEvents 1.0 event in structured mode: the attributes and the data in one JSON document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data" })
public record CloudEvent(String specversion, String id, String source, String type, String subject, Instant time,
        String datacontenttype, Object data) {

    /** The media type of a structured-mode JSON CloudEvent. */
    public static final String MEDIA_TYPE = "application/cloudevents+json";
}
