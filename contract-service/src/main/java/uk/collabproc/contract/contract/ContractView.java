package uk.collabproc.contract.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.contract.award.AwardRequest;

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
        long version) {

    static ContractView of(Contract contract) {
        return new ContractView(contract.id, contract.awardId, contract.procurementId, contract.lot, contract.supplierId,
                contract.value, contract.startDate, contract.endDate, contract.version);
    }
}
