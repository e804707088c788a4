package uk.collabproc.contract.casestudy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.persistence.Counts;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.contract.award.Award;
import uk.collabproc.contract.benefits.BenefitMeasureService;
import uk.collabproc.contract.benefits.BenefitsAccess;
import uk.collabproc.contract.benefits.BenefitsCalculator;
import uk.collabproc.contract.benefits.BenefitsService;
import uk.collabproc.contract.contract.Contract;
import uk.collabproc.contract.contract.ContractAccess;
import uk.collabproc.contract.contract.ContractSite;
import uk.collabproc.contract.milestone.Milestone;
import uk.collabproc.contract.procurement.OrganisationSummary;
import uk.collabproc.contract.procurement.ProcurementClient;
import uk.collabproc.contract.procurement.ProcurementSummary;

/**
 * Gathers an organisation's case study from the data: the procurement's dates and the organisation's name from
 * procurement-service (read as the caller, before any database work), the rest from this service's contract, award,
 * milestones, benefits and measures.
 */
@ApplicationScoped
public class CaseStudyService {

    @Inject
    BenefitsAccess access;

    @Inject
    BenefitsService benefits;

    @Inject
    BenefitMeasureService measures;

    @Inject
    ProcurementClient procurements;

    @Inject
    ServiceClock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseStudy caseStudy(UUID contractId, String odsCode) {
        access.requireVisible(contractId, odsCode);
        Contract contract = ContractAccess.existing(contractId);
        Award award = Award.findById(contract.awardId);
        // A case study tells the journey; without procurement-service's dates it would be a different, wrong, story.
        ProcurementSummary procurement = procurements.procurement(contract.procurementId)
                .orElseThrow(() -> Problems.notFound("Procurement " + contract.procurementId));
        String name = procurements.organisation(odsCode).map(OrganisationSummary::name).orElse(odsCode);

        BenefitsCalculator.Benefit costs = benefits.benefitsOf(contract, odsCode).organisations().get(0);
        BenefitsCalculator.ProjectCosts projectCosts = benefits.projectCostsOf(contractId, odsCode);
        List<CaseStudy.MeasureResult> results = measures.figuresOf(contractId, odsCode).stream()
                .filter(figure -> !figure.organisations().isEmpty())
                .map(figure -> new CaseStudy.MeasureResult(figure.name(), figure.unit(), figure.clinicalService(), figure.direction(),
                        figure.organisations().get(0)))
                .toList();
        return new CaseStudy(odsCode, name, procurement.title(), procurement.reference(), award.regime, award.leadOrganisation,
                (int) ContractSite.organisationCount(contractId), (int) Counts.of(ContractSite.class, "contractId = ?1", contractId),
                award.supplierName, contract.startDate, contract.endDate, award.contractTermMonths,
                journey(procurement, award, contract, odsCode), costs,
                projectCosts == null ? BenefitsCalculator.ProjectCosts.NONE : projectCosts,
                projectCosts != null, results, clock.today());
    }

    private List<CaseStudy.JourneyStep> journey(ProcurementSummary procurement, Award award, Contract contract, String odsCode) {
        List<CaseStudy.JourneyStep> journey = new ArrayList<>();
        if (procurement.createdAt() != null) {
            journey.add(new CaseStudy.JourneyStep("Requirements gathered", day(procurement.createdAt()),
                    day(procurement.requirementsDeadline()),
                    false));
        }
        if (procurement.publishedAt() != null) {
            journey.add(new CaseStudy.JourneyStep("Procurement launched", day(procurement.publishedAt()), day(procurement.tenderDeadline()),
                    false));
        }
        journey.add(new CaseStudy.JourneyStep("Contract awarded", award.decisionDate, null, false));
        journey.add(new CaseStudy.JourneyStep("Contract signed", contract.signedDate, null, false));
        List<Milestone> milestones = Milestone.list("contractId = ?1 and odsCode = ?2", contract.id, odsCode);
        milestones.stream().min(Comparator.comparing(CaseStudyService::date))
                .ifPresent(first -> journey.add(new CaseStudy.JourneyStep("Migrations begun", date(first), null, first.dateMet == null)));
        List<Milestone> cutovers = milestones.stream().filter(m -> m.type == Milestone.Type.CUTOVER).toList();
        cutovers.stream().max(Comparator.comparing(CaseStudyService::date))
                .ifPresent(last -> journey.add(new CaseStudy.JourneyStep("Last cutover", date(last), null,
                        cutovers.stream().anyMatch(cutover -> cutover.dateMet == null))));
        return journey;
    }

    /** When a milestone happened, or is forecast to. */
    private static LocalDate date(Milestone milestone) {
        return milestone.dateMet != null ? milestone.dateMet : milestone.forecastDate;
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ServiceClock.UK);
    }
}
