package uk.collabproc.contract.milestone;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Baseline")
public record BaselineView(UUID id, UUID contractId, String name, int milestones, String createdBy, Instant createdAt) {

    static BaselineView of(Baseline baseline) {
        return new BaselineView(baseline.id, baseline.contractId, baseline.name, baseline.dates.size(), baseline.createdBy,
                baseline.createdAt);
    }
}
