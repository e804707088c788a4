package uk.collabproc.procurement.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A public-sector organisation taking part in collaborative procurements, keyed by its ODS code. */
@Entity
@Table(name = "organisation")
@Audited
public class Organisation extends PanacheEntityBase {

    @Id
    @Column(name = "ods_code")
    public String odsCode;

    @Column(name = "name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public OrganisationType type;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** The organisations with these ODS codes, by code; codes without one are left out. */
    public static Map<String, Organisation> byCode(Collection<String> odsCodes) {
        if (odsCodes.isEmpty()) {
            return Map.of();
        }
        return Organisation.<Organisation> list("odsCode in ?1", odsCodes).stream()
                .collect(Collectors.toMap(organisation -> organisation.odsCode, organisation -> organisation));
    }
}
