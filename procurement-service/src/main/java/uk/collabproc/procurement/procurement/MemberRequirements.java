package uk.collabproc.procurement.procurement;

import java.util.UUID;

/**
 * Whether a member has recorded requirements in a procurement, which keeps it from leaving. The requirement feature
 * answers it: requirements build on procurements, so the procurement feature asks through this rather than reading
 * their table.
 */
public interface MemberRequirements {

    boolean exist(UUID procurementId, String odsCode);
}
