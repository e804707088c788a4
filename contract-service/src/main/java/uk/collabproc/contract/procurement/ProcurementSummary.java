package uk.collabproc.contract.procurement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.collabproc.common.remote.TolerantEnum;

/**
 * A procurement as contract-service reads it from procurement-service: the regime decides the standstill,
 * the term the contract's end, and the dates tell a case study's journey. Only these fields are read (tolerant reader).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcurementSummary(UUID id, String title, String reference, Regime regime, int contractTermMonths, Status status,
        String leadOrganisation, List<String> coLeads, Instant createdAt, Instant requirementsDeadline, Instant publishedAt,
        Instant tenderDeadline) {

    /** The procurement regimes contract-service knows the standstill of; any other reads as UNKNOWN. */
    public enum Regime {
        PCR_2015,
        PA_2023,
        UNKNOWN;

        @JsonCreator
        static Regime of(String value) {
            return TolerantEnum.of(Regime.class, value, UNKNOWN);
        }
    }

    /** Where a procurement stands, as contract-service reads it; a status it does not know reads as UNKNOWN. */
    public enum Status {
        REQUIREMENTS_GATHERING,
        TENDER_OPEN,
        EVALUATION,
        AWARDED,
        CONTRACTED,
        CANCELLED,
        UNKNOWN;

        @JsonCreator
        static Status of(String value) {
            return TolerantEnum.of(Status.class, value, UNKNOWN);
        }
    }
}
