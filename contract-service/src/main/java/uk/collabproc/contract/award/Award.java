package uk.collabproc.contract.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.contract.procurement.AwardDecision;
import uk.collabproc.contract.procurement.ProcurementSummary;
import uk.collabproc.contract.supplier.RankingEntry;

/**
 * The award decision for a procurement, or for one lot of a procurement whose tender is divided into lots: the rank-1 bid
 * (on that lot) and the standstill that follows. One per procurement and lot.
 */
@Entity
@Table(name = "award")
@Audited
public class Award extends PanacheEntityBase {

    @Schema(name = "AwardStatus")
    public enum Status {
        STANDSTILL,
        CONCLUDED,
        CANCELLED
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    @Column(name = "procurement_title")
    public String procurementTitle;

    @Column(name = "procurement_reference")
    public String procurementReference;

    @Column(name = "lead_organisation")
    public String leadOrganisation;

    /** The lot awarded ("1", "2", ...), or null when the tender is not divided into lots and the procurement is awarded whole. */
    @Column(name = "lot")
    public String lot;

    /** The co-leads named when the procurement was awarded, as {@code ,ODS1,ODS2,} (empty for none); see {@link #runBy()}. */
    @Column(name = "co_leads", nullable = false)
    public String coLeads = "";

    @Column(name = "regime", nullable = false)
    public String regime;

    @Column(name = "contract_term_months", nullable = false)
    public int contractTermMonths;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "standstill_ends_at", nullable = false)
    public Instant standstillEndsAt;

    @Column(name = "winning_bid_id", nullable = false)
    public UUID winningBidId;

    @Column(name = "supplier_id", nullable = false)
    public UUID supplierId;

    @Column(name = "supplier_name", nullable = false)
    public String supplierName;

    @Column(name = "evaluated_price", nullable = false, precision = 17, scale = 2)
    public BigDecimal evaluatedPrice;

    @Column(name = "total_score", precision = 9, scale = 2)
    public BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public Status status;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Whether procurement-service has recorded this award decision (it is told right after the award is stored). */
    @Column(name = "recorded_by_procurement", nullable = false)
    public boolean recordedByProcurement;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /**
     * The award of a procurement not divided into lots to its rank-1 bid, decided on {@code decisionDate}: its standstill
     * starts, and procurement-service is yet to be told.
     */
    public static Award decide(ProcurementSummary procurement, RankingEntry winner, LocalDate decisionDate, String decidedBy, Instant now) {
        return decide(procurement, null, winner, decisionDate, decidedBy, now);
    }

    /**
     * The award of {@code lot} of the procurement (null: the whole of a procurement not divided) to the rank-1 bid on it,
     * decided on {@code decisionDate}: its own standstill starts, and procurement-service is yet to be told.
     */
    public static Award decide(ProcurementSummary procurement, String lot, RankingEntry winner, LocalDate decisionDate, String decidedBy,
            Instant now) {
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.procurementId = procurement.id();
        award.lot = lot;
        award.procurementTitle = procurement.title();
        award.procurementReference = procurement.reference();
        award.leadOrganisation = procurement.leadOrganisation();
        award.setCoLeads(procurement.coLeads());
        award.regime = procurement.regime().name();
        award.contractTermMonths = procurement.contractTermMonths();
        award.decisionDate = decisionDate;
        award.standstillEndsAt = StandstillCalculator.standstillEndsAt(award.regime, decisionDate);
        award.winningBidId = winner.bidId();
        award.supplierId = winner.supplierId();
        award.supplierName = winner.supplierName();
        award.evaluatedPrice = winner.evaluatedPrice();
        award.totalScore = winner.totalScore();
        award.status = Status.STANDSTILL;
        award.recordedByProcurement = false;
        award.decidedBy = decidedBy;
        award.createdAt = now;
        return award;
    }

    /** What procurement-service is told of this award. */
    public AwardDecision decision() {
        return new AwardDecision(id, decisionDate, standstillEndsAt, supplierId, supplierName, evaluatedPrice, lot);
    }

    /** procurement-service has recorded the decision: the procurement is AWARDED and names this award. */
    public void markRecordedByProcurement() {
        recordedByProcurement = true;
    }

    /**
     * Refused while the standstill runs at {@code now}, and for a contract signed on a day the standstill had not
     * ended yet.
     */
    public void requireStandstillOver(Instant now, LocalDate signedDate) {
        if (now.isBefore(standstillEndsAt)) {
            throw Problems.conflict("Standstill running", "The standstill ends at " + standstillEndsAt
                    + "; the contract can be concluded from then on");
        }
        LocalDate firstSigningDay = standstillEndsAt.atZone(LONDON).toLocalDate();
        if (signedDate.isBefore(firstSigningDay)) {
            throw Problems.invalid("A contract cannot be signed during the standstill",
                    List.of(Violation.ofBody("signedDate", "must not be before " + firstSigningDay)));
        }
    }

    /** The contract signed on {@code signedDate} concludes the award; refused as {@link #requireStandstillOver}. */
    public void conclude(Instant now, LocalDate signedDate) {
        requireStandstillOver(now, signedDate);
        status = Status.CONCLUDED;
    }

    /** procurement-service could not be told of the contract, which is taken back: the award is in its standstill again. */
    public void takeBackConclusion() {
        status = Status.STANDSTILL;
    }

    /**
     * The award of {@code lot} of the procurement, if that lot has been awarded; with {@code lot} null, the award of a
     * procurement not divided into lots. (The database's unique key treats null as one lot, so either finds at most one.)
     */
    public static Optional<Award> ofProcurement(UUID procurementId, String lot) {
        return lot == null ? find("procurementId = ?1 and lot is null", procurementId).firstResultOptional()
                : find("procurementId = ?1 and lot = ?2", procurementId, lot).firstResultOptional();
    }

    /** The organisations whose officers act for this award and its contract: the lead partner, then the co-leads. */
    public List<String> runBy() {
        List<String> organisations = new ArrayList<>();
        organisations.add(leadOrganisation);
        Arrays.stream(coLeads.split(",")).filter(code -> !code.isBlank()).forEach(organisations::add);
        return organisations;
    }

    public void setCoLeads(List<String> odsCodes) {
        coLeads = odsCodes == null || odsCodes.isEmpty() ? "" : "," + String.join(",", odsCodes) + ",";
    }

    /** The JPQL condition "this award (alias {@code a}) is run by :org", for lists filtered to the caller's organisation. */
    public static final String RUN_BY_ORGANISATION = "(a.leadOrganisation = :org or a.coLeads like concat('%,', :org, ',%'))";
}
