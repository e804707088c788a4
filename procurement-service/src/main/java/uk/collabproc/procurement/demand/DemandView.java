package uk.collabproc.procurement.demand;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.procurement.organisation.OrganisationType;

@Schema(name = "Demand", description = "The consolidated demand of a procurement's members")
public record DemandView(
        UUID procurementId,
        DemandFigures totals,
        List<OrganisationDemand> organisations,
        @Schema(description = "Members that have submitted nothing yet: the chase list") List<Member> chaseList) {

    @Schema(name = "OrganisationDemand")
    public record OrganisationDemand(String odsCode, String name, OrganisationType type, DemandFigures figures) {
    }

    @Schema(name = "ChaseListMember")
    public record Member(String odsCode, String name) {
    }
}
