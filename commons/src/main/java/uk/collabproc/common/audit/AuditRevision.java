package uk.collabproc.common.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set: every state change of an audited entity points at one of these, which says who
 * made it (token subject, roles, organisation, supplier) and when.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    public long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "subject", nullable = false)
    public String subject;

    @Column(name = "roles", nullable = false)
    public String roles;

    @Column(name = "organisation")
    public String organisation;

    @Column(name = "supplier")
    public String supplier;
}
