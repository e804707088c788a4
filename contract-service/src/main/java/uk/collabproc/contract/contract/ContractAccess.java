package uk.collabproc.contract.contract;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.contract.award.Award;

/**
 * Who acts for an award and its contract. An officer acts for the organisations that ran the procurement (the lead
 * partner and its co-leads), a project manager for the lead partner alone; to the staff of any other organisation the
 * award and the contract do not exist (404, as for members). Members are held to their own organisation by each feature;
 * the award and the contract themselves a member reads when the contract migrates sites of its organisation, and a
 * supplier when it won them ({@link #readable}, {@link #readableCondition}).
 */
@ApplicationScoped
public class ContractAccess {

    @Inject
    Caller caller;

    /** An award the calling officer's organisation runs. */
    public Award award(UUID awardId) {
        return Award.<Award> findByIdOptional(awardId).filter(this::staffOf).orElseThrow(() -> Problems.notFound("Award " + awardId));
    }

    /** The contract, if the caller is on the staff that runs it or is not staff at all (members, checked further on). */
    public Contract contract(UUID contractId) {
        Contract contract = existing(contractId);
        if (isStaff() && !staffOf(Award.findById(contract.awardId))) {
            throw Problems.notFound("Contract " + contractId);
        }
        return contract;
    }

    /** Whether the caller runs this award: an officer of its lead partner or a co-lead, or a project manager of its lead partner. */
    public boolean staffOf(Award award) {
        return runs(new Runners(award.runBy(), award.leadOrganisation));
    }

    /** Who runs a contract's award: the facts the access check needs, kept with a cached read of the contract. */
    public record Runners(List<String> runBy, String leadOrganisation) {
    }

    /** The existing contract's runners; 404 when there is no such contract. */
    public Runners runnersOf(UUID contractId) {
        Award award = Award.findById(existing(contractId).awardId);
        return new Runners(award.runBy(), award.leadOrganisation);
    }

    /** The contract, whoever asks; 404 when there is none. Access is the caller's to check. */
    public static Contract existing(UUID contractId) {
        return Contract.<Contract> findByIdOptional(contractId).orElseThrow(() -> Problems.notFound("Contract " + contractId));
    }

    /** {@link #contract}'s check on facts read earlier: 404 to the staff of organisations that do not run it. */
    public void requireAccess(UUID contractId, Runners runners) {
        if (isStaff() && !runs(runners)) {
            throw Problems.notFound("Contract " + contractId);
        }
    }

    private boolean runs(Runners runners) {
        return caller.hasRole(Roles.OFFICER) && caller.belongsToAnyOf(runners.runBy())
                || caller.hasRole(Roles.PROJECT_MANAGER) && caller.belongsTo(runners.leadOrganisation());
    }

    /**
     * The contract, to read its own record: the staff who run it, a member whose organisation's sites it migrates (what
     * its milestones, benefits and dashboard already show that member), the supplier that won it. 404 to anyone else.
     */
    public Contract readable(UUID contractId) {
        Contract contract = existing(contractId);
        boolean readable = isStaff() ? staffOf(Award.findById(contract.awardId))
                : caller.hasRole(Roles.MEMBER) && ContractSite.migratesSitesOf(contractId, organisation())
                        || caller.hasRole(Roles.SUPPLIER) && contract.supplierId.equals(supplier());
        if (!readable) {
            throw Problems.notFound("Contract " + contractId);
        }
        return contract;
    }

    /**
     * The JPQL condition that the caller may read the contract {@code c} of the award {@code a}, as {@link #readable}
     * decides for one; its parameters are {@link #readableParameters}.
     */
    public String readableCondition() {
        if (isStaff()) {
            return awardCondition();
        }
        if (caller.hasRole(Roles.MEMBER)) {
            return "exists (select 1 from ContractSite s where s.contractId = c.id and s.odsCode = :org)";
        }
        return caller.hasRole(Roles.SUPPLIER) ? "c.supplierId = :supplier" : "1 = 0";
    }

    /** The parameters of {@link #readableCondition} and {@link #awardReadableCondition}. */
    public Map<String, Object> readableParameters() {
        if (!isStaff() && !caller.hasRole(Roles.MEMBER) && caller.hasRole(Roles.SUPPLIER)) {
            return Map.of("supplier", supplier() == null ? new UUID(0, 0) : supplier());
        }
        return isStaff() || caller.hasRole(Roles.MEMBER) ? Map.of("org", organisation()) : Map.of();
    }

    /**
     * Whether the caller may read the award: the officers who run it, a member whose organisation's sites its contract
     * migrates (before the contract the award has no sites in contract-service, and a member follows it in
     * procurement-service), the supplier that won it.
     */
    public boolean awardReadable(Award award) {
        if (isStaff()) {
            return caller.hasRole(Roles.OFFICER) && staffOf(award);
        }
        if (caller.hasRole(Roles.MEMBER)) {
            return Contract.ofAward(award.id).map(contract -> ContractSite.migratesSitesOf(contract.id, organisation())).orElse(false);
        }
        return caller.hasRole(Roles.SUPPLIER) && award.supplierId.equals(supplier());
    }

    /** {@link #awardReadable} as a JPQL condition on the award {@code a}; its parameters are {@link #readableParameters}. */
    public String awardReadableCondition() {
        if (isStaff()) {
            return caller.hasRole(Roles.OFFICER) ? Award.RUN_BY_ORGANISATION : "1 = 0";
        }
        if (caller.hasRole(Roles.MEMBER)) {
            return "exists (select 1 from Contract c, ContractSite s where c.awardId = a.id and s.contractId = c.id and s.odsCode = :org)";
        }
        return caller.hasRole(Roles.SUPPLIER) ? "a.supplierId = :supplier" : "1 = 0";
    }

    /** The supplier the caller acts for, or null when its token names none (or not a supplier's id). */
    private UUID supplier() {
        try {
            return caller.supplier().map(UUID::fromString).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public boolean isStaff() {
        return caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.PROJECT_MANAGER);
    }

    /** The JPQL condition on an award aliased {@code a} that the caller's organisation (parameter {@code org}) runs it. */
    public String awardCondition() {
        return caller.hasRole(Roles.OFFICER) ? Award.RUN_BY_ORGANISATION : "a.leadOrganisation = :org";
    }

    public String organisation() {
        return caller.organisation().orElse("");
    }
}
