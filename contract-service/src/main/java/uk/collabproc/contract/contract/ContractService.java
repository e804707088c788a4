package uk.collabproc.contract.contract;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;

@ApplicationScoped
public class ContractService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<ContractView> list(PageRequest page) {
        var query = Contract.<Contract>findAll(Sort.by("createdAt").and("id")).page(page.toPage());
        return new PagedList<>(query.list().stream().map(ContractView::of).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContractView> find(UUID id) {
        return Contract.<Contract>findByIdOptional(id).map(ContractView::of);
    }
}
