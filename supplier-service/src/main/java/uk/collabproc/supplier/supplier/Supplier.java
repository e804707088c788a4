package uk.collabproc.supplier.supplier;

import java.time.Instant;
import java.util.UUID;

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
}
