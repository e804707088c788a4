package uk.collabproc.supplier.procurement;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.collabproc.common.remote.TolerantEnum;

/** A procurement as supplier-service reads it from procurement-service: its name and where it stands. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcurementSummary(UUID id, String title, String reference, PublishedTender.Regime regime, Status status,
        AwardReference award, List<LotStanding> lots) {

    /** A procurement-service that does not divide tenders yet sends no lots. */
    public ProcurementSummary {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    /**
     * Whether the award decision has been made, so that bidders may read their assessment summaries: the status says
     * so and the award that contract-service recorded is named (procurement-service sets both together).
     */
    public boolean awarded() {
        return (status == Status.AWARDED || status == Status.CONTRACTED) && award != null && award.awardId() != null;
    }

    /**
     * Whether the award decision of one lot of a divided tender has been made, so that its bidders may read their assessment
     * summaries for that lot: the same rule as {@link #awarded()}, for the lot.
     */
    public boolean awarded(String lot) {
        return lots.stream().anyMatch(standing -> lot.equals(standing.number())
                && (standing.status() == LotStatus.AWARDED || standing.status() == LotStatus.CONTRACTED)
                && standing.award() != null && standing.award().awardId() != null);
    }

    /** Where a procurement stands, as supplier-service reads it; a status it does not know reads as UNKNOWN. */
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwardReference(UUID awardId) {
    }

    /** Where one lot of a divided tender stands, with its recorded award once there is one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LotStanding(String number, LotStatus status, AwardReference award) {
    }

    /** Where a lot stands, as supplier-service reads it; a status it does not know reads as UNKNOWN. */
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
}
