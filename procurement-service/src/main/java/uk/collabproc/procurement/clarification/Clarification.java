package uk.collabproc.procurement.clarification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A supplier's question about a published tender and, once given, the officer's answer to all bidders. */
@Entity
@Table(name = "clarification")
@Audited
public class Clarification extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    /** Who asked; never shown to other suppliers. */
    @Column(name = "supplier_id", nullable = false)
    public String supplierId;

    @Column(name = "question", nullable = false)
    public String question;

    @Column(name = "answer")
    public String answer;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
