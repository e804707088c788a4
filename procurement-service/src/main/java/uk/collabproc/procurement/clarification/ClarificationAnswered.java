package uk.collabproc.procurement.clarification;

/** A question has just been answered and published to every bidder, inside the transaction that records it. */
public record ClarificationAnswered(Clarification clarification) {
}
