package uk.collabproc.supplier.supplier;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A company that bids for contracts, known by its Companies House number. */
@Entity
@Table(name = "supplier")
@Audited
public class Supplier extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "company_number", nullable = false)
    public String companyNumber;

    /** Whether the supplier is an HSCN Consumer Network Service Provider; a bid from one that is not fails. */
    @Column(name = "cn_sp_compliant", nullable = false)
    public boolean cnSpCompliant;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** The suppliers with these ids, by id. */
    public static Map<UUID, Supplier> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Supplier.<Supplier> list("id in ?1", ids).stream().collect(Collectors.toMap(supplier -> supplier.id, Function.identity()));
    }
}
