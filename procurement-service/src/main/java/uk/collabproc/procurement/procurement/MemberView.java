package uk.collabproc.procurement.procurement;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.collabproc.procurement.organisation.OrganisationType;

@Schema(name = "Member")
public record MemberView(String odsCode, String name, OrganisationType type, boolean lead, Instant joinedAt) {
}
