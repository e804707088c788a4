package uk.collabproc.procurement.procurement;

/** A requirements or tender deadline has just been extended, inside the transaction that records it. */
public record DeadlineExtended(Procurement procurement, DeadlineChange change) {
}
