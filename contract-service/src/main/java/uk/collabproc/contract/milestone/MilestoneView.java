package uk.collabproc.contract.milestone;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone")
public record MilestoneView(UUID id, String siteCode, String odsCode, Milestone.Type type,
        @Schema(description = "From the last saved baseline; absent before one is saved") LocalDate baselineDate,
        LocalDate forecastDate, LocalDate dateMet, Milestone.Status status, Rag rag, long version) {

    static MilestoneView of(Milestone milestone, Rag rag) {
        return new MilestoneView(milestone.id, milestone.siteCode, milestone.odsCode, milestone.type, milestone.baselineDate,
                milestone.forecastDate, milestone.dateMet, milestone.status, rag, milestone.version);
    }
}
