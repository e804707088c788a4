package uk.collabproc.procurement.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import uk.collabproc.procurement.procurement.ProcurementMember;

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
        Site.<Site> findByIdOptional(request.siteCode()).ifPresent(existing -> {
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
    public List<SiteView> importCsv(String odsCode, byte[] file, String charsetName) {
        requireAccess(odsCode);
        Charset charset = charset(charsetName);
        List<SiteCsv.Row> rows;
        try {
            rows = SiteCsv.parse(SiteCsv.decode(file == null ? new byte[0] : file, charset));
        } catch (SiteCsv.CsvFormatException e) {
            throw Problems.invalid(e.getMessage(), e.violations());
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
        Map<String, Site> existing = Site.byCode(codesInFile);
        List<Violation> taken = rows.stream().filter(row -> row.site() != null && existing.containsKey(row.site().siteCode()))
                .map(row -> Violation.ofLine(row.line(), "siteCode", "a site with this code is already registered")).toList();
        if (!problems.isEmpty()) {
            problems.addAll(taken);
            problems.sort(Comparator.comparing(Violation::line));
            throw Problems.invalid("No site was imported: " + problems.stream().map(Violation::line).distinct().count()
                    + " of " + rows.size() + " rows have problems", problems);
        }
        if (!taken.isEmpty()) {
            throw alreadyImported(odsCode, rows.size(), taken, existing.values());
        }
        List<Site> sites = rows.stream().map(row -> toEntity(odsCode, row.site())).toList();
        UniqueKeys.persistAllUnique(sites, () -> Problems.conflict("Site already exists",
                "A site of the file was registered by another request while the file was imported; no site was imported"));
        return sites.stream().map(SiteView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PagedList<SiteView> list(String odsCode, PageRequest page) {
        requireAccess(odsCode);
        var query = Site.<Site> find("odsCode", Sort.by("siteCode"), odsCode).page(page.toPage());
        return new PagedList<>(query.list().stream().map(SiteView::of).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteView get(String odsCode, String siteCode) {
        requireAccess(odsCode);
        return Site.<Site> findByIdOptional(siteCode).filter(site -> site.odsCode.equals(odsCode)).map(SiteView::of)
                .orElseThrow(() -> Problems.notFound("Site " + siteCode));
    }

    /** The organisation's sites: where an import's answer points, since it created several. */
    static URI sites(String odsCode) {
        return Locations.of("/api/v1/organisations/{odsCode}/sites", odsCode);
    }

    static URI location(String odsCode, String siteCode) {
        return Locations.of("/api/v1/organisations/{odsCode}/sites/{siteCode}", odsCode, siteCode);
    }

    /**
     * A member reaches only its own organisation's sites; an officer those of its own organisation and of the members
     * of a procurement its organisation leads or co-leads. Anything else does not exist for the caller.
     */
    private void requireAccess(String odsCode) {
        if (!entitledTo(odsCode)) {
            throw Problems.notFound("Organisation " + odsCode);
        }
        if (Organisation.findByIdOptional(odsCode).isEmpty()) {
            throw Problems.notFound("Organisation " + odsCode);
        }
    }

    private boolean entitledTo(String odsCode) {
        if (caller.belongsTo(odsCode)) {
            return true;
        }
        return caller.hasRole(Roles.OFFICER) && caller.organisation()
                .map(own -> ProcurementMember.runsProcurementOf(own, odsCode)).orElse(false);
    }

    private RuntimeException alreadyExists(Site existing) {
        // A site of another organisation is not the caller's to see: the conflict says only that the code is taken.
        if (entitledTo(existing.odsCode)) {
            return Problems.alreadyExists("Site " + existing.siteCode, location(existing.odsCode, existing.siteCode));
        }
        return Problems.conflict("Site code taken", "Site code " + existing.siteCode + " is already in use");
    }

    /**
     * Every row of the file is good but some of its sites exist: most often the same file sent again after its
     * answer was lost. Like any repeated creation that is 409 with a {@code Location}, and it is the one the first
     * import answered, the organisation's sites, rather than the first existing site: the file stands for all its
     * sites, and the collection is where the client finds every one of them. Sites of other organisations are not
     * the caller's to see (as for a single registration), so without one of its own there is no {@code Location}.
     */
    private RuntimeException alreadyImported(String odsCode, int rows, List<Violation> taken, Collection<Site> existing) {
        String summary = "No site was imported: " + taken.size() + " of the file's " + rows + " sites are already registered";
        if (existing.stream().anyMatch(site -> site.odsCode.equals(odsCode))) {
            return Problems.alreadyExist(summary + ". Location points at the organisation's sites, where an earlier import of the file"
                    + " put them (not at one site, because the file stands for all of them)", sites(odsCode), taken);
        }
        return Problems.alreadyExist(summary + " by other organisations", null, taken);
    }

    /** The charset the request names; UTF-8 when it names none, as spreadsheets' "CSV UTF-8" and curl send. */
    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.unsupportedMediaType("The charset of the file is not one this service knows; send it as UTF-8");
        }
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
