package uk.collabproc.contract.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/** The award decision for a procurement: the rank-1 bid and the standstill that follows. */
@Entity
@Table(name = "award")
@Audited
public class Award extends PanacheEntityBase {

    public enum Status {
        STANDSTILL, CONCLUDED, CANCELLED
    }

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
