package uk.collabproc.contract.benefits;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.contract.contract.ContractAccess;
import uk.collabproc.contract.contract.ContractSite;

/**
 * Who sees and records what of a contract's benefits, as for the benefits themselves: an officer who runs the contract
 * every organisation whose sites it migrates, a member its own organisation only. Anything else is not found, so that
 * neither other organisations' figures nor their part in a contract show.
 */
@ApplicationScoped
public class BenefitsAccess {

    @Inject
    Caller caller;

    @Inject
    ContractAccess access;

    /** The organisation the caller may see ({@code null}: every one, for an officer who runs the contract). */
    public String visibleOrganisation(UUID contractId) {
        if (caller.hasRole(Roles.OFFICER)) {
            access.contract(contractId);
            return null;
        }
        String own = caller.organisation().orElse("");
        if (!ContractSite.migratesSitesOf(contractId, own)) {
            throw Problems.notFound("Contract " + contractId);
        }
        return own;
    }

    /** The organisation named in the path, if the caller may see it: its own for a member, any taking part for an officer. */
    public void requireVisible(UUID contractId, String odsCode) {
        String visible = visibleOrganisation(contractId);
        if (visible == null ? !ContractSite.migratesSitesOf(contractId, odsCode) : !visible.equals(odsCode)) {
            throw Problems.notFound("Organisation " + odsCode + " in contract " + contractId);
        }
    }
}
