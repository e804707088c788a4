package uk.collabproc.contract.dashboard;

import java.time.LocalDate;

import uk.collabproc.contract.milestone.Milestone;

/** One milestone of one site, as the dashboard reads it: what it needs and nothing of the entity's lifecycle. */
public record SiteMilestone(String siteCode, String odsCode, Milestone.Type type, LocalDate baselineDate, LocalDate forecastDate,
        LocalDate dateMet, Milestone.Status status) {

    /** When it happened or, not met yet, when it is expected. */
    public LocalDate expected() {
        return dateMet != null ? dateMet : forecastDate;
    }
}
