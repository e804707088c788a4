package uk.collabproc.supplier.procurement;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A procurement as supplier-service reads it from procurement-service: its name and where it stands. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcurementSummary(UUID id, String title, String reference, String regime, String status, AwardReference award) {

    /**
     * Whether the award decision has been made, so that bidders may read their assessment summaries: the status says
     * so and the award that contract-service recorded is named (procurement-service sets both together).
     */
    public boolean awarded() {
        return ("AWARDED".equals(status) || "CONTRACTED".equals(status)) && award != null && award.awardId() != null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwardReference(UUID awardId) {
    }
}
