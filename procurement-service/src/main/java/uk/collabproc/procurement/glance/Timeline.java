package uk.collabproc.procurement.glance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementStatus;

/**
 * A procurement's dates as the timeline shows them: what procurement-service holds, from the start of requirements
 * gathering to the contract it recorded. The contract's own date is contract-service's; here it is only known to exist.
 */
final class Timeline {

    private Timeline() {
    }

    static Svg chart(Procurement procurement, Instant now) {
        List<TimelineChart.Phase> phases = new ArrayList<>();
        List<TimelineChart.Milestone> milestones = new ArrayList<>();
        phases.add(new TimelineChart.Phase("Requirements", procurement.createdAt, procurement.requirementsDeadline, "#6b8fb5"));
        milestones.add(new TimelineChart.Milestone("Requirements deadline", procurement.requirementsDeadline, false));
        if (procurement.publishedAt != null) {
            milestones.add(new TimelineChart.Milestone("Tender published", procurement.publishedAt, false));
            phases.add(new TimelineChart.Phase("Tender open", procurement.publishedAt, procurement.tenderDeadline, Svg.ACCENT));
        }
        if (procurement.tenderDeadline != null) {
            milestones.add(new TimelineChart.Milestone("Tender deadline", procurement.tenderDeadline, true));
        }
        Instant evaluationEnds = evaluationEnds(procurement, now);
        if (evaluationEnds != null) {
            phases.add(new TimelineChart.Phase("Evaluation", procurement.tenderDeadline, evaluationEnds, "#7d5ba6"));
        }
        if (procurement.awardDecisionDate != null) {
            Instant decided = GlanceService.startOf(procurement.awardDecisionDate);
            milestones.add(new TimelineChart.Milestone("Award decision", decided, false));
            if (procurement.standstillEndsAt != null) {
                phases.add(new TimelineChart.Phase("Standstill", decided, procurement.standstillEndsAt, Svg.AMBER));
                milestones.add(new TimelineChart.Milestone("Standstill ends", procurement.standstillEndsAt, true));
            }
        }
        return TimelineChart.of(phases, milestones, now);
    }

    /**
     * Evaluation runs from the tender deadline to the award decision; while no award is decided, up to today. Not at
     * all before the deadline, nor for a procurement cancelled before it.
     */
    static Instant evaluationEnds(Procurement procurement, Instant now) {
        if (procurement.tenderDeadline == null || now.isBefore(procurement.tenderDeadline)) {
            return null;
        }
        if (procurement.awardDecisionDate != null) {
            return GlanceService.startOf(procurement.awardDecisionDate);
        }
        return procurement.statusAt(now) == ProcurementStatus.EVALUATION ? now : null;
    }

    static List<Glance.DateRow> dates(Procurement procurement, Instant now) {
        List<Glance.DateRow> dates = new ArrayList<>();
        dates.add(row("Requirements deadline", procurement.requirementsDeadline, false, now));
        dates.add(row("Tender published", procurement.publishedAt, false, now));
        dates.add(row("Tender deadline", procurement.tenderDeadline, true, now));
        Instant evaluationEnds = evaluationEnds(procurement, now);
        dates.add(new Glance.DateRow("Evaluation", evaluationEnds == null ? "not begun"
                : "from " + TimelineChart.day(procurement.tenderDeadline) + (procurement.awardDecisionDate == null ? ", under way"
                        : " to " + TimelineChart.day(evaluationEnds)),
                procurement.awardDecisionDate != null ? "done" : evaluationEnds == null ? "to come" : "under way", false));
        dates.add(row("Award decision", procurement.awardDecisionDate == null ? null : GlanceService.startOf(procurement.awardDecisionDate),
                false, now));
        dates.add(row("Standstill ends", procurement.standstillEndsAt, true, now));
        dates.add(new Glance.DateRow("Contract concluded",
                procurement.contractId == null ? "not yet" : "concluded (its date is kept by contract-service)",
                procurement.contractId == null ? "to come" : "done", false));
        return dates;
    }

    private static Glance.DateRow row(String label, Instant at, boolean legal, Instant now) {
        if (at == null) {
            return new Glance.DateRow(label, "not set yet", "to come", legal);
        }
        return new Glance.DateRow(label, TimelineChart.day(at), now.isBefore(at) ? "to come" : "passed", legal);
    }
}
