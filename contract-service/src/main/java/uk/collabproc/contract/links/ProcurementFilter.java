package uk.collabproc.contract.links;

import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The procurement a list of awards or contracts is filtered to, by its id or by the reference its lead partner gave it
 * (both may be given: both must match). A procurement the caller may not see, or none, lists nothing, exactly alike.
 */
public class ProcurementFilter {

    @QueryParam("procurementId")
    @Parameter(description = "Only those of this procurement (its id in procurement-service)")
    public UUID procurementId;

    @QueryParam("reference")
    @Size(min = 2, max = 50)
    @Parameter(description = "Only those of the procurement with this reference", example = "UHP-2017-HSCN-01")
    public String reference;

    /** The JPQL conditions on the award {@code a} (leading {@code and} each), nothing when no filter is given. */
    public String condition() {
        return (procurementId == null ? "" : " and a.procurementId = :procurementId")
                + (reference == null ? "" : " and a.procurementReference = :reference");
    }

    /** Adds the parameters of {@link #condition} to {@code parameters}. */
    public void addParameters(java.util.Map<String, Object> parameters) {
        if (procurementId != null) {
            parameters.put("procurementId", procurementId);
        }
        if (reference != null) {
            parameters.put("reference", reference);
        }
    }
}
