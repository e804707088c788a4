package uk.collabproc.supplier.procurement;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A procurement as supplier-service reads it from procurement-service: its name and where it stands. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcurementSummary(UUID id, String title, String reference, String regime, String status) {

    /** Whether the award decision has been made, so that bidders may read their assessment summaries. */
    public boolean awarded() {
        return "AWARDED".equals(status) || "CONTRACTED".equals(status);
    }
}
