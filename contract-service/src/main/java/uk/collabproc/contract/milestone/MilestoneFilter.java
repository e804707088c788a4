package uk.collabproc.contract.milestone;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

/** The milestone list's filters. */
public class MilestoneFilter {

    @QueryParam("siteCode")
    public String siteCode;

    @QueryParam("odsCode")
    public String odsCode;

    @QueryParam("type")
    public Milestone.Type type;

    @QueryParam("status")
    public Milestone.Status status;

    /** Forecast on or before this date and not met. */
    @QueryParam("dueBefore")
    public LocalDate dueBefore;
}
