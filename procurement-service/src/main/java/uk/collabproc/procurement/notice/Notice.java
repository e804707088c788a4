package uk.collabproc.procurement.notice;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A published notice: the OCDS release exactly as it went out. Written once, in the transaction of the change it reports. */
@Entity
@Table(name = "notice")
@Audited
public class Notice extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "procurement_id", nullable = false)
    public UUID procurementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_type", nullable = false)
    public NoticeType noticeType;

    /** What the notice is about: the procurement (tender notices), the award or the contract. */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "release", nullable = false)
    public NoticeRelease release;

    static boolean exists(NoticeType type, UUID subjectId) {
        return count("noticeType = ?1 and subjectId = ?2", type, subjectId) > 0;
    }
}
