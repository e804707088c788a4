package uk.collabproc.contract.procurement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.collabproc.common.remote.TolerantEnum;

/**
 * A procurement as contract-service reads it from procurement-service: the regime decides the standstill,
 * the term the contract's end, and the dates tell a case study's journey; the lots of a tender divided into lots are each
 * awarded and contracted on their own. Only these fields are read (tolerant reader).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcurementSummary(UUID id, String title, String reference, Regime regime, int contractTermMonths, Status status,
        String leadOrganisation, List<String> coLeads, Instant createdAt, Instant requirementsDeadline, Instant publishedAt,
        Instant tenderDeadline, List<Lot> lots) {

    /** {@code lots} is empty, never null: a procurement-service that does not send it has a tender not divided. */
    public ProcurementSummary {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    /** A procurement whose tender is not divided into lots (procurement-service's answer before lots, or with {@code "lots": []}). */
    public ProcurementSummary(UUID id, String title, String reference, Regime regime, int contractTermMonths, Status status,
            String leadOrganisation, List<String> coLeads, Instant createdAt, Instant requirementsDeadline, Instant publishedAt,
            Instant tenderDeadline) {
        this(id, title, reference, regime, contractTermMonths, status, leadOrganisation, coLeads, createdAt, requirementsDeadline,
                publishedAt, tenderDeadline, List.of());
    }

    /** Whether the tender is divided into lots, each awarded and contracted on its own. */
    public boolean divided() {
        return !lots.isEmpty();
    }

    /** The lot numbered {@code number}, if the tender has it. */
    public Optional<Lot> lot(String number) {
        return lots.stream().filter(lot -> lot.number().equals(number)).findFirst();
    }

    /** The numbers of the tender's lots, in procurement-service's order ("1", "2", ...). */
    public List<String> lotNumbers() {
        return lots.stream().map(Lot::number).toList();
    }

    /** A lot of the tender as contract-service reads it: its number, and whether it is awarded or contracted yet. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lot(String number, String title, LotStatus status) {

        public Lot {
            status = status == null ? LotStatus.UNKNOWN : status;
        }
    }

    /** Where a lot stands in procurement-service; a status contract-service does not know (or none) reads as UNKNOWN. */
    public enum LotStatus {
        NOT_AWARDED,
        AWARDED,
        CONTRACTED,
        UNKNOWN;

        @JsonCreator
        static LotStatus of(String value) {
            return TolerantEnum.of(LotStatus.class, value, UNKNOWN);
        }
    }

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
