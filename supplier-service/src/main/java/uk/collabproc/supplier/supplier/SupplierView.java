package uk.collabproc.supplier.supplier;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Supplier")
public record SupplierView(
        UUID id,
        @Schema(example = "MLL Telecom Ltd") String name,
        @Schema(example = "03178788") String companyNumber,
        boolean cnSpCompliant,
        Instant createdAt,
        @Schema(description = "Optimistic-locking version; send it back with any change") long version) {

    static SupplierView of(Supplier supplier) {
        return new SupplierView(supplier.id, supplier.name, supplier.companyNumber, supplier.cnSpCompliant,
                supplier.createdAt, supplier.version);
    }
}
