package uk.collabproc.supplier.bid;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Bid")
public record BidView(
        UUID id,
        UUID procurementId,
        UUID supplierId,
        String supplierName,
        Bid.Status status,
        @Schema(type = SchemaType.ARRAY, implementation = LotNumber.class, description = "The lots of a divided tender the bid is for; empty when the tender is not divided") List<String> lots,
        List<Bid.Price> prices,
        List<Bid.Answer> answers,
        List<Bid.Declaration> declarations,
        Instant submittedAt,
        Instant updatedAt,
        Instant withdrawnAt,
        long version) {

    static BidView of(Bid bid, String supplierName) {
        return new BidView(bid.id, bid.procurementId, bid.supplierId, supplierName, bid.status, bid.lots, bid.prices, bid.answers,
                bid.declarations, bid.submittedAt, bid.updatedAt, bid.withdrawnAt, bid.version);
    }
}
