package uk.collabproc.supplier.procurement;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.collabproc.common.remote.TolerantEnum;

/** A procurement as supplier-service reads it from procurement-service: its name and where it stands. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcurementSummary(UUID id, String title, String reference, PublishedTender.Regime regime, Status status,
        AwardReference award) {

    /**
     * Whether the award decision has been made, so that bidders may read their assessment summaries: the status says
     * so and the award that contract-service recorded is named (procurement-service sets both together).
     */
    public boolean awarded() {
        return (status == Status.AWARDED || status == Status.CONTRACTED) && award != null && award.awardId() != null;
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
}
