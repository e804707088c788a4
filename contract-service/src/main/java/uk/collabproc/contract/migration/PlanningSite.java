package uk.collabproc.contract.migration;

/** A site as the planner sees it. */
public record PlanningSite(String siteCode, String odsCode, boolean critical, boolean core) {
}
