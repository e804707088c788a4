package uk.collabproc.contract.milestone;

import java.time.LocalDate;

/** The project manager has just changed a milestone, inside the transaction that records it; {@code before} as it was. */
public record MilestoneChanged(Milestone milestone, Before before) {

    public record Before(LocalDate forecastDate, Milestone.Status status) {
    }

    /** Its forecast moved later. */
    public boolean slipped() {
        return milestone.forecastDate.isAfter(before.forecastDate());
    }

    /** It became met. */
    public boolean met() {
        return milestone.status == Milestone.Status.MET && before.status() != Milestone.Status.MET;
    }
}
