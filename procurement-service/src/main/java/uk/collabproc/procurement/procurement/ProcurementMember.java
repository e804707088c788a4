package uk.collabproc.procurement.procurement;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation taking part in a procurement: it may record requirements for its own sites. */
@Entity
@Table(name = "procurement_member")
@IdClass(ProcurementMember.Key.class)
@Audited
public class ProcurementMember extends PanacheEntityBase {

    @Id
    @Column(name = "procurement_id")
    public UUID procurementId;

    @Id
    @Column(name = "ods_code")
    public String odsCode;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    public record Key(UUID procurementId, String odsCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static boolean exists(UUID procurementId, String odsCode) {
        return count("procurementId = ?1 and odsCode = ?2", procurementId, odsCode) > 0;
    }
}
