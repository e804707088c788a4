package uk.collabproc.procurement.organisation;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;

@ApplicationScoped
public class OrganisationService {

    static final String PATH = "/api/v1/organisations";

    @Inject
    ServiceClock clock;

    /**
     * Registers the organisation. Its ODS code is the natural key: a second registration, even one racing
     * this one, is refused with 409 pointing at the existing organisation.
     */
    @Transactional
    public OrganisationView register(NewOrganisation request) {
        if (Organisation.findByIdOptional(request.odsCode()).isPresent()) {
            throw alreadyExists(request.odsCode());
        }
        Organisation organisation = new Organisation();
        organisation.odsCode = request.odsCode();
        organisation.name = request.name().strip();
        organisation.type = request.type();
        organisation.createdAt = clock.now();
        UniqueKeys.persistUnique(organisation, () -> alreadyExists(request.odsCode()));
        return OrganisationView.of(organisation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<OrganisationView> list(PageRequest page) {
        var query = Organisation.<Organisation> findAll(Sort.by("odsCode")).page(page.toPage());
        return new PagedList<>(query.list().stream().map(OrganisationView::of).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationView> find(String odsCode) {
        return Organisation.<Organisation> findByIdOptional(odsCode).map(OrganisationView::of);
    }

    static URI location(String odsCode) {
        return Locations.of(PATH + "/{odsCode}", odsCode);
    }

    private static RuntimeException alreadyExists(String odsCode) {
        return Problems.alreadyExists("Organisation " + odsCode, location(odsCode));
    }
}
