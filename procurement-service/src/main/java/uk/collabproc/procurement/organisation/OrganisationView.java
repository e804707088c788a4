package uk.collabproc.procurement.organisation;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation")
public record OrganisationView(
        @Schema(example = "RK9") String odsCode,
        @Schema(example = "University Hospitals Plymouth NHS Trust") String name,
        OrganisationType type,
        Instant createdAt,
        @Schema(description = "Optimistic-locking version; send it back with any change") long version) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.odsCode, organisation.name, organisation.type,
                organisation.createdAt, organisation.version);
    }
}
