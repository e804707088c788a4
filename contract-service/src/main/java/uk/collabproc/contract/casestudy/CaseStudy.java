package uk.collabproc.contract.casestudy;

import java.time.LocalDate;
import java.util.List;

import uk.collabproc.contract.benefits.BenefitsCalculator;
import uk.collabproc.contract.benefits.MeasureFigures;

/**
 * One organisation's story of a contract, told from the data (docs/domain.md#the-case-study): who bought what with
 * whom, the journey with its dates, the costs before and after with its own capital and effort, the bandwidth, and
 * each benefit measure's change. Rendered as HTML and PDF by {@link CaseStudyDocument}.
 */
public record CaseStudy(
        String odsCode,
        String organisationName,
        String procurementTitle,
        String procurementReference,
        String regime,
        String leadOrganisation,
        int partnerOrganisations,
        int partnerSites,
        String supplierName,
        LocalDate contractStart,
        LocalDate contractEnd,
        int contractTermMonths,
        List<JourneyStep> journey,
        BenefitsCalculator.Benefit costs,
        BenefitsCalculator.ProjectCosts projectCosts,
        boolean projectCostsRecorded,
        List<MeasureResult> measures,
        LocalDate preparedOn) {

    /**
     * A stage of the journey: requirements gathering, procurement launched, contract awarded, migrations begun, last
     * cutover. {@code to} is absent for a single day; {@code planned} when the date is a forecast not yet reached.
     */
    public record JourneyStep(String stage, LocalDate from, LocalDate to, boolean planned) {
    }

    /** A benefit measure and this organisation's figures on it. */
    public record MeasureResult(String name, String unit, String clinicalService, MeasureFigures.Direction direction,
            MeasureFigures.OrganisationFigure figure) {
    }
}
