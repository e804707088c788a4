package uk.collabproc.supplier.bid;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation only: how a lot of a divided tender is named in a list of lots. A list's items take no schema annotation
 * of their own, so the lists of lots refer to this one.
 */
@Schema(name = "LotNumber", type = SchemaType.STRING, pattern = BidRequest.LOT_NUMBER, examples = "1", description = "A lot of a tender divided into lots, by its number in the tender: \"1\", \"2\", …")
final class LotNumber {

    private LotNumber() {
    }
}
