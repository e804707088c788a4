package uk.collabproc.contract.milestone;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Progress")
public record ProgressView(
        UUID contractId,
        int sites,
        int sitesCutOver,
        @Schema(description = "Sites whose CUTOVER milestone is met, in % of all sites") BigDecimal percentCutOver,
        Map<Milestone.Status, Long> byStatus,
        Map<Rag, Long> byRag,
        @Schema(description = "Milestones forecast (or met) later than their baseline") List<MilestoneView> slipped,
        @Schema(description = "Milestones not met and forecast within the next 14 days") List<MilestoneView> dueInNext14Days) {
}
