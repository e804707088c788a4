package uk.collabproc.procurement.tender;

import java.time.Instant;

import uk.collabproc.procurement.procurement.Procurement;

/**
 * A tender has just been published, inside the transaction that publishes it: what observes it (the tender notice)
 * either joins that transaction or, by throwing, refuses the publication.
 */
public record TenderPublished(Procurement procurement, Tender tender, Instant at) {
}
