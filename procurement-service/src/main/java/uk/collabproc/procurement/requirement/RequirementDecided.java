package uk.collabproc.procurement.requirement;

import uk.collabproc.procurement.procurement.Procurement;

/** The officer has approved a requirement or returned it, inside the transaction that records it. */
public record RequirementDecided(Procurement procurement, Requirement requirement) {
}
