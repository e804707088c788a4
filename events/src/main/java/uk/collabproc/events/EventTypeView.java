package uk.collabproc.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventType")
public record EventTypeView(@Schema(description = "Its CloudEvents type") String type,
        @Schema(description = "What it means, and who receives it") String description) {
}
