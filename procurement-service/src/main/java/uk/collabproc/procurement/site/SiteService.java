package uk.collabproc.procurement.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Sort;
import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.paging.PageRequest;
import uk.collabproc.common.paging.PagedList;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.procurement.organisation.Organisation;

@ApplicationScoped
public class SiteService {

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    @Transactional
    public SiteView register(String odsCode, NewSite request) {
        requireAccess(odsCode);
        Site.<Site>findByIdOptional(request.siteCode()).ifPresent(existing -> {
            throw alreadyExists(existing);
        });
        Site site = toEntity(odsCode, request);
        UniqueKeys.persistUnique(site, () -> Problems.alreadyExists("Site " + request.siteCode(), location(odsCode, request.siteCode())));
        return SiteView.of(site);
    }

    /**
     * Imports a CSV file of sites: every row, or none. All bad rows are reported together, each by line
     * number, so that the member can fix the file in one go.
     */
    @Transactional
    public List<SiteView> importCsv(String odsCode, String csv) {
        requireAccess(odsCode);
        List<SiteCsv.Row> rows;
        try {
            rows = SiteCsv.parse(csv);
        } catch (SiteCsv.CsvFormatException e) {
            throw Problems.invalid(e.getMessage(), List.of());
        }
        if (rows.isEmpty()) {
            throw Problems.invalid("The file has a header but no sites", List.of());
        }
        List<Violation> problems = new ArrayList<>();
        Set<String> codesInFile = new HashSet<>();
        for (SiteCsv.Row row : rows) {
            problems.addAll(row.problems());
            if (row.site() == null) {
                continue;
            }
            for (ConstraintViolation<NewSite> violation : validator.validate(row.site())) {
                problems.add(Violation.ofLine(row.line(), csvColumn(violation.getPropertyPath().toString()), violation.getMessage()));
            }
            String code = row.site().siteCode();
            if (code != null && !codesInFile.add(code)) {
                problems.add(Violation.ofLine(row.line(), "siteCode", "repeats a site code of an earlier line"));
            }
        }
        if (!codesInFile.isEmpty()) {
            Set<String> existing = Site.byCode(codesInFile).keySet();
            rows.stream().filter(row -> row.site() != null && existing.contains(row.site().siteCode()))
                    .forEach(row -> problems.add(Violation.ofLine(row.line(), "siteCode", "a site with this code is already registered")));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(Violation::line));
            throw Problems.invalid("No site was imported: " + problems.stream().map(Violation::line).distinct().count()
                    + " of " + rows.size() + " rows have problems", problems);
        }
        List<Site> sites = rows.stream().map(row -> toEntity(odsCode, row.site())).toList();
        for (Site site : sites) {
            UniqueKeys.persistUnique(site, () -> Problems.conflict("Site already exists",
                    "Site " + site.siteCode + " was registered while the file was imported; no site was imported"));
        }
        return sites.stream().map(SiteView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<SiteView> list(String odsCode, PageRequest page) {
        requireAccess(odsCode);
        var query = Site.<Site>find("odsCode", Sort.by("siteCode"), odsCode).page(page.toPage());
        return new PagedList<>(query.list().stream().map(SiteView::of).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteView get(String odsCode, String siteCode) {
        requireAccess(odsCode);
        return Site.<Site>findByIdOptional(siteCode).filter(site -> site.odsCode.equals(odsCode)).map(SiteView::of)
                .orElseThrow(() -> Problems.notFound("Site " + siteCode));
    }

    static URI location(String odsCode, String siteCode) {
        return Locations.of("/api/v1/organisations/{odsCode}/sites/{siteCode}", odsCode, siteCode);
    }

    /** Officers see every organisation; a member only its own, and anything else does not exist for it. */
    private void requireAccess(String odsCode) {
        if (!caller.hasRole(Roles.OFFICER) && !caller.belongsTo(odsCode)) {
            throw Problems.notFound("Organisation " + odsCode);
        }
        if (Organisation.findByIdOptional(odsCode).isEmpty()) {
            throw Problems.notFound("Organisation " + odsCode);
        }
    }

    private RuntimeException alreadyExists(Site existing) {
        // A site of another organisation is not the caller's to see: the conflict says only that the code is taken.
        if (caller.hasRole(Roles.OFFICER) || caller.belongsTo(existing.odsCode)) {
            return Problems.alreadyExists("Site " + existing.siteCode, location(existing.odsCode, existing.siteCode));
        }
        return Problems.conflict("Site code taken", "Site code " + existing.siteCode + " is already in use");
    }

    private Site toEntity(String odsCode, NewSite request) {
        Site site = new Site();
        site.siteCode = request.siteCode();
        site.odsCode = odsCode;
        site.name = request.name().strip();
        site.postcode = UkPostcode.canonical(request.postcode()).orElseThrow();
        site.critical = request.critical();
        site.core = request.core();
        site.legacyProduct = request.legacy().product().strip();
        site.legacyBandwidthMbps = request.legacy().bandwidthMbps();
        site.legacyAnnualCost = money(request.legacy().annualCost());
        site.createdAt = clock.now();
        return site;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A property path of NewSite as the CSV column that carries it. */
    private static String csvColumn(String path) {
        return switch (path) {
            case "legacy.product" -> "legacyProduct";
            case "legacy.bandwidthMbps" -> "legacyBandwidthMbps";
            case "legacy.annualCost" -> "legacyAnnualCost";
            default -> path;
        };
    }
}
