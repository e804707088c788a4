package uk.collabproc.supplier.supplier;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;

@ApplicationScoped
public class SupplierService {

    static final String PATH = "/api/v1/suppliers";

    @Inject
    ServiceClock clock;

    /**
     * Registers the supplier. Its Companies House number is the natural key: a second registration of the
     * same company, even one racing this one, is refused with 409 pointing at the existing supplier.
     */
    @Transactional
    public SupplierView register(NewSupplier request) {
        Optional<Supplier> existing = Supplier.find("companyNumber", request.companyNumber()).firstResultOptional();
        if (existing.isPresent()) {
            throw alreadyExists(request.companyNumber(), existing.get().id);
        }
        Supplier supplier = new Supplier();
        supplier.id = UUID.randomUUID();
        supplier.name = request.name().strip();
        supplier.companyNumber = request.companyNumber();
        supplier.cnSpCompliant = request.cnSpCompliant();
        supplier.createdAt = clock.now();
        // Losing a race leaves this transaction unusable, so the winner is read in a fresh one.
        UniqueKeys.persistUnique(supplier, () -> alreadyExists(request.companyNumber(),
                QuarkusTransaction.requiringNew().call(() -> Supplier
                        .<Supplier> find("companyNumber", request.companyNumber()).firstResult().id)));
        return SupplierView.of(supplier);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<SupplierView> list(PageRequest page) {
        var query = Supplier.<Supplier> findAll(Sort.by("name").and("id")).page(page.toPage());
        return new PagedList<>(query.list().stream().map(SupplierView::of).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SupplierView> find(UUID id) {
        return Supplier.<Supplier> findByIdOptional(id).map(SupplierView::of);
    }

    static URI location(UUID id) {
        return Locations.of(PATH + "/{id}", id);
    }

    private static RuntimeException alreadyExists(String companyNumber, UUID existing) {
        return Problems.alreadyExists("A supplier with company number " + companyNumber, location(existing));
    }
}
