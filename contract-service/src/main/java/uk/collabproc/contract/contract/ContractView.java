package uk.collabproc.contract.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.contract.award.Award;
import uk.collabproc.contract.award.AwardRequest;
import uk.collabproc.contract.links.Links;
import uk.collabproc.contract.links.ServiceLinks;

@Schema(name = "Contract")
public record ContractView(
        UUID id,
        UUID awardId,
        UUID procurementId,
        @Schema(description = "The lot contracted, whose sites alone the contract migrates; null when the tender is not divided into lots", pattern = AwardRequest.LOT_NUMBER, example = "1") String lot,
        UUID supplierId,
        @Schema(description = "The winning bid's evaluated price over the term, GBP", example = "1050000.00") BigDecimal value,
        @Schema(example = "2018-01-01") LocalDate startDate,
        @Schema(example = "2022-12-31") LocalDate endDate,
        long version,
        @Schema(description = "The procurement's reference, as the lead partner gave it", example = "UHP-2017-HSCN-01") String procurementReference,
        @Schema(description = "The procurement (in procurement-service), the award and this contract") Links links) {

    static ContractView of(Contract contract, Award award, ServiceLinks links) {
        return new ContractView(contract.id, contract.awardId, contract.procurementId, contract.lot, contract.supplierId,
                contract.value, contract.startDate, contract.endDate, contract.version, award.procurementReference,
                links.of(contract.procurementId, contract.awardId, contract.id));
    }
}
