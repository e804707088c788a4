package uk.collabproc.supplier.bid;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BidReceipt", description = "What may be known of a procurement's bids while they are sealed: how many have arrived")
public record BidReceipt(UUID procurementId, Instant tenderDeadline, boolean sealed, long bidsReceived) {
}
