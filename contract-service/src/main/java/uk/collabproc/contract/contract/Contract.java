package uk.collabproc.contract.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The contract concluded with the winning supplier once the standstill has ended; one per award, so one per lot of a
 * tender divided into lots.
 */
@Entity
@Table(name = "contract")
@Audited
public class Contract extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "award_id", nullable = false)
    public UUID awardId;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    /** Its award's lot, whose sites alone it migrates; null when the tender is not divided into lots. */
    @Column(name = "lot")
    public String lot;

    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;

    /** The winning bid's evaluated price over the contract term, in GBP. */
    @Column(name = "value", nullable = false, precision = 15, scale = 2)
    public BigDecimal value;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "signed_date")
    public LocalDate signedDate;

    /** Whether procurement-service has recorded this contract (it is told right after the contract is stored). */
    @Column(name = "recorded_by_procurement", nullable = false)
    public boolean recordedByProcurement;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** The contract concluded on the award, if there is one. */
    public static Optional<Contract> ofAward(UUID awardId) {
        return find("awardId", awardId).firstResultOptional();
    }
}
