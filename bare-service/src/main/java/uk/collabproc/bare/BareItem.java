package uk.collabproc.bare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The baseline's one entity: it exists so that Hibernate ORM boots, validates a schema that Flyway created and
 * holds a metamodel, as in the services, and start-up time and memory of the bare application include that.
 * No request reads it.
 */
@Entity
@Table(name = "bare_item")
public class BareItem extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public Long id;

    @Column(name = "name", nullable = false)
    public String name;
}
