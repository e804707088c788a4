package uk.collabproc.procurement.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One collaborative procurement: the members pool requirements, one competition, one contract. */
@Entity
@Table(name = "procurement")
@Audited
public class Procurement extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "reference", nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "regime", nullable = false)
    public Regime regime;

    @Column(name = "lead_organisation", nullable = false)
    public String leadOrganisation;

    @Column(name = "requirements_deadline", nullable = false)
    public Instant requirementsDeadline;

    @Column(name = "contract_term_months", nullable = false)
    public int contractTermMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ProcurementStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Copied from the tender when it is published or its deadline extended, so the status can follow it. */
    @Column(name = "tender_deadline")
    public Instant tenderDeadline;

    /** The award that contract-service recorded (status AWARDED from then on); absent before. */
    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "award_decision_date")
    public LocalDate awardDecisionDate;

    @Column(name = "standstill_ends_at")
    public Instant standstillEndsAt;

    /** The contract that contract-service concluded (status CONTRACTED from then on); absent before. */
    @Column(name = "contract_id")
    public UUID contractId;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** The status as of {@code now}: an open tender whose deadline has passed is under evaluation. */
    public ProcurementStatus statusAt(Instant now) {
        if (status == ProcurementStatus.TENDER_OPEN && tenderDeadline != null && !now.isBefore(tenderDeadline)) {
            return ProcurementStatus.EVALUATION;
        }
        return status;
    }
}
