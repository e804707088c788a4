package uk.collabproc.contract.ocds;

import java.util.List;
import java.util.UUID;

/** Where the export finds a contract's implementation milestones (the migration plan, once there is one). */
public interface MilestoneSource {

    /** Every site's milestones, or those of one organisation's sites ({@code odsCode} not null). */
    List<OcdsReleasePackage.Milestone> siteMilestones(UUID contractId, String odsCode);

    /**
     * The programme as the public may see it: one milestone per type across all sites (how many, when the last is due,
     * met once all are), without any site's code, name or dates. Network estates are security-sensitive.
     */
    List<OcdsReleasePackage.Milestone> programmeMilestones(UUID contractId);
}
