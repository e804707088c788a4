package uk.collabproc.contract.supplier;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The winning bid's prices per pricing-schedule line: the benefits compare them with the legacy costs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WinningBid(UUID id, UUID supplierId, List<Price> prices) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Price(String lineId, BigDecimal oneOff, BigDecimal annual) {
    }
}
