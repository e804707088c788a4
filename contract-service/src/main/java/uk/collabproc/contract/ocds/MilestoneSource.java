package uk.collabproc.contract.ocds;

import java.util.List;
import java.util.UUID;

/** Where the export finds a contract's implementation milestones (the migration plan, once there is one). */
public interface MilestoneSource {

    List<OcdsReleasePackage.Milestone> milestones(UUID contractId);
}
