package uk.collabproc.procurement.procurement;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.persistence.Counts;

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

    /** Named by the lead partner to run the procurement with it: its officers act for the procurement too. */
    @Column(name = "co_lead", nullable = false)
    public boolean coLead;

    public record Key(UUID procurementId, String odsCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static boolean exists(UUID procurementId, String odsCode) {
        return Counts.any(ProcurementMember.class, "procurementId = ?1 and odsCode = ?2", procurementId, odsCode);
    }

    /** The members of a procurement, by ODS code. */
    public static List<ProcurementMember> ofProcurement(UUID procurementId) {
        return list("procurementId", Sort.by("odsCode"), procurementId);
    }

    /** The organisations of a procurement, by ODS code: the lead partner first, then the other members in order. */
    public static List<String> organisationsOf(Procurement procurement) {
        List<String> organisations = new java.util.ArrayList<>(List.of(procurement.leadOrganisation));
        ofProcurement(procurement.id).stream().map(member -> member.odsCode)
                .filter(odsCode -> !odsCode.equals(procurement.leadOrganisation))
                .forEach(organisations::add);
        return organisations;
    }

    /** The co-leads of a procurement, by ODS code. */
    public static List<String> coLeads(UUID procurementId) {
        return find("procurementId = ?1 and coLead = true", Sort.by("odsCode"), procurementId).<ProcurementMember> list().stream()
                .map(member -> member.odsCode).toList();
    }

    /**
     * Whether {@code runner} leads or co-leads a procurement of which {@code member} is a member: then the runner's
     * officers may register and read the member's sites.
     */
    public static boolean runsProcurementOf(String runner, String member) {
        return getEntityManager().createQuery("""
                select count(m) from ProcurementMember m, Procurement p where m.procurementId = p.id and m.odsCode = :member
                and (p.leadOrganisation = :runner or exists (select 1 from ProcurementMember c
                     where c.procurementId = p.id and c.odsCode = :runner and c.coLead = true))""", Long.class)
                .setParameter("member", member).setParameter("runner", runner).getSingleResult() > 0;
    }
}
