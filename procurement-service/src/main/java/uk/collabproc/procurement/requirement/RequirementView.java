package uk.collabproc.procurement.requirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Requirement")
public record RequirementView(
        UUID id,
        UUID procurementId,
        String siteCode,
        String odsCode,
        int bandwidthMbps,
        Resilience resilience,
        List<ClinicalService> services,
        LocalDate neededBy,
        RequirementStatus status,
        @Schema(description = "Why the officer returned it; absent otherwise") String returnReason,
        Instant submittedAt,
        Instant decidedAt,
        long version) {

    static RequirementView of(Requirement requirement) {
        return new RequirementView(requirement.id, requirement.procurementId, requirement.siteCode, requirement.odsCode,
                requirement.bandwidthMbps, requirement.resilience, requirement.services, requirement.neededBy,
                requirement.status, requirement.returnReason, requirement.submittedAt, requirement.decidedAt,
                requirement.version);
    }
}
