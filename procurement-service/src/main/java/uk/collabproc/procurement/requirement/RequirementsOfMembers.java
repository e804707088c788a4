package uk.collabproc.procurement.requirement;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.collabproc.procurement.procurement.MemberRequirements;

/** Tells membership whether an organisation has requirements in a procurement, drafts included. */
@ApplicationScoped
public class RequirementsOfMembers implements MemberRequirements {

    @Override
    public boolean exist(UUID procurementId, String odsCode) {
        return Requirement.existFor(procurementId, odsCode);
    }
}
