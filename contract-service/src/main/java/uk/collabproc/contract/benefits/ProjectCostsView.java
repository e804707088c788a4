package uk.collabproc.contract.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectCosts")
public record ProjectCostsView(
        UUID contractId,
        String odsCode,
        BigDecimal ownCapitalOutlay,
        BigDecimal effortFte,
        BigDecimal effortMonths,
        BigDecimal costPerFtePerYear,
        @Schema(description = "effortFte × effortMonths × costPerFtePerYear ÷ 12") BigDecimal effortCost,
        String recordedBy,
        Instant recordedAt,
        long version) {

    static ProjectCostsView of(OrganisationProjectCosts costs) {
        return new ProjectCostsView(costs.contractId, costs.odsCode, costs.ownCapitalOutlay, MeasureFigures.plain(costs.effortFte),
                MeasureFigures.plain(costs.effortMonths), costs.costPerFtePerYear,
                costs.costs().effortCost().setScale(2, RoundingMode.HALF_UP),
                costs.recordedBy, costs.recordedAt, costs.version);
    }
}
