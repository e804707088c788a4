package uk.collabproc.contract.ocds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.contract.award.Award;
import uk.collabproc.contract.contract.Contract;
import uk.collabproc.contract.contract.ContractAccess;
import uk.collabproc.contract.contract.ContractSite;
import uk.collabproc.contract.ocds.OcdsReleasePackage.OrganizationReference;
import uk.collabproc.contract.ocds.OcdsReleasePackage.Period;
import uk.collabproc.contract.ocds.OcdsReleasePackage.Value;

/** Exports an award and its contract as an OCDS 1.1 release package. */
@ApplicationScoped
public class OcdsService {

    /** The OCDS prefix of this publisher's contracting process ids. */
    static final String OCID_PREFIX = "ocds-collabproc-";

    @Inject
    ServiceClock clock;

    @Inject
    Instance<MilestoneSource> milestones;

    @Inject
    ContractAccess access;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OcdsReleasePackage forContract(UUID contractId) {
        Contract contract = ContractAccess.existing(contractId);
        Award award = Award.findById(contract.awardId);
        return releasePackage("/api/v1/contracts/" + contractId + "/ocds", award, Optional.of(contract));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OcdsReleasePackage forAward(UUID awardId) {
        Award award = Award.<Award> findByIdOptional(awardId).orElseThrow(() -> Problems.notFound("Award " + awardId));
        return releasePackage("/api/v1/awards/" + awardId + "/ocds", award, Contract.ofAward(awardId));
    }

    /**
     * Site-level milestones go only to those entitled to them: the staff who run the contract see every site's, a member
     * its own organisation's sites'; anyone else (suppliers, evaluators, other organisations) the programme per milestone
     * type. The export is open to every role, and network estates are security-sensitive (FOI section 31).
     */
    private List<OcdsReleasePackage.Milestone> implementation(Award award, Contract contract) {
        if (access.staffOf(award)) {
            return milestones.get().siteMilestones(contract.id, null);
        }
        Optional<String> member = caller.hasRole(Roles.MEMBER) ? caller.organisation() : Optional.empty();
        if (member.isPresent() && ContractSite.migratesSitesOf(contract.id, member.get())) {
            return milestones.get().siteMilestones(contract.id, member.get());
        }
        return milestones.get().programmeMilestones(contract.id);
    }

    private OcdsReleasePackage releasePackage(String uri, Award award, Optional<Contract> contract) {
        Instant now = clock.now();
        OrganizationReference buyer = new OrganizationReference("GB-NHS-" + award.leadOrganisation, award.leadOrganisation);
        OrganizationReference supplier = new OrganizationReference(award.supplierId.toString(), award.supplierName);
        Period period = contract.map(c -> new Period(c.startDate, c.endDate)).orElse(null);
        Value value = new Value(award.evaluatedPrice, "GBP");
        // The award is pending while the standstill runs (it may still be challenged), active from its end.
        String awardStatus = award.status == Award.Status.CANCELLED ? "cancelled"
                : now.isBefore(award.standstillEndsAt) ? "pending" : "active";
        // A lot's award is its own release of the procurement's contracting process (one ocid), naming the lot it awards.
        OcdsReleasePackage.Award ocdsAward = new OcdsReleasePackage.Award(award.id.toString(), "Award of " + award.procurementReference
                + (award.lot == null ? "" : ", lot " + award.lot), awardStatus, award.decisionDate, value, List.of(supplier), period,
                award.lot == null ? null : List.of(award.lot));
        List<OcdsReleasePackage.Contract> contracts = contract.map(c -> List.of(new OcdsReleasePackage.Contract(c.id.toString(),
                award.id.toString(), "active", period, new Value(c.value, "GBP"), c.signedDate,
                new OcdsReleasePackage.Implementation(milestones.isResolvable() ? implementation(award, c) : List.of()))))
                .orElse(List.of());
        OcdsReleasePackage.Release release = new OcdsReleasePackage.Release(OCID_PREFIX + award.procurementId,
                award.procurementId + (award.lot == null ? "" : "-lot-" + award.lot) + "-" + (contract.isPresent() ? "contract" : "award")
                        + "-" + now.toEpochMilli(),
                now,
                contract.isPresent() ? List.of("award", "contract") : List.of("award"), "tender", "en",
                List.of(new OcdsReleasePackage.Party(buyer.id(), buyer.name(), List.of("buyer", "procuringEntity")),
                        new OcdsReleasePackage.Party(supplier.id(), supplier.name(), List.of("supplier", "tenderer"))),
                buyer, new OcdsReleasePackage.Tender(award.procurementId.toString(), award.procurementTitle, "complete", "open",
                        "bestProposal"),
                List.of(ocdsAward), contracts);
        return new OcdsReleasePackage(uri, "1.1", now, new OcdsReleasePackage.Publisher("Collaborative procurement, lead partner "
                + award.leadOrganisation), List.of(release));
    }
}
