package uk.collabproc.contract.benefits;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

import uk.collabproc.common.audit.AuditRevision;
import uk.collabproc.common.cache.Cached;
import uk.collabproc.common.cache.ReadCache;
import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.http.Locations;
import uk.collabproc.common.persistence.UniqueKeys;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.security.Caller;
import uk.collabproc.contract.contract.ContractAccess;
import uk.collabproc.contract.contract.ContractSite;

/**
 * Benefit measures of a contract (docs/domain.md#benefits-realisation): the officer defines them with each
 * organisation's baseline and target, members record their own organisation's months, and a correction must name the
 * version it corrects, so that no figure is overwritten unseen; the audit keeps every version.
 */
@ApplicationScoped
public class BenefitMeasureService {

    static final String PATH = "/api/v1/contracts/{id}/benefit-measures";

    @Inject
    Caller caller;

    @Inject
    ContractAccess contracts;

    @Inject
    BenefitsAccess access;

    @Inject
    ServiceClock clock;

    @Inject
    ReadCache cache;

    /** What a write did: the resource as it now is, and whether the write created it (201) or replaced it (200). */
    public record Written<T>(T view, boolean created) {

        public Response toResponse() {
            return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                    .entity(view).build();
        }
    }

    @Transactional
    public BenefitMeasureView define(UUID contractId, NewBenefitMeasure request) {
        contracts.contract(contractId);
        List<Violation> violations = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<NewBenefitMeasure.OrganisationBaseline> baselines = request.baselines();
        for (int i = 0; i < baselines.size(); i++) {
            String ods = baselines.get(i).odsCode();
            String field = "organisations[" + i + "].odsCode";
            if (!named.add(ods)) {
                violations.add(Violation.ofBody(field, ods + " is named twice"));
            } else if (!ContractSite.migratesSitesOf(contractId, ods)) {
                violations.add(Violation.ofBody(field, ods + " has no sites in this contract"));
            }
            checkPeriod(baselines.get(i).baseline().baselinePeriod(), "organisations[" + i + "].baseline.baselinePeriod", violations);
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid("The measure's baselines cannot be set as sent", violations);
        }
        BenefitMeasure measure = new BenefitMeasure();
        measure.id = UUID.randomUUID();
        measure.contractId = contractId;
        measure.name = request.name().strip();
        measure.unit = request.unit().strip();
        measure.direction = request.direction();
        measure.clinicalService = request.clinicalService();
        measure.description = request.description();
        measure.additive = request.adds();
        measure.createdBy = caller.subject();
        measure.createdAt = clock.now();
        BenefitMeasure.<BenefitMeasure> find("contractId = ?1 and name = ?2", contractId, measure.name).firstResultOptional()
                .ifPresent(existing -> {
                    throw Problems.alreadyExists("A benefit measure named '" + measure.name + "'", location(contractId, existing.id));
                });
        // Defined by someone else meanwhile: its id cannot be read in the failed transaction, the list shows it.
        UniqueKeys.persistUnique(measure, () -> Problems.alreadyExists("A benefit measure named '" + measure.name + "'",
                Locations.of(PATH, contractId)));
        List<BenefitBaseline> stored = baselines.stream().map(entry -> set(newBaseline(measure.id, entry.odsCode()), entry.baseline()))
                .toList();
        BenefitBaseline.persist(stored);
        return BenefitMeasureView.of(measure, stored);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BenefitMeasureView> list(UUID contractId) {
        String visible = access.visibleOrganisation(contractId);
        List<BenefitMeasure> measures = BenefitMeasure.list("contractId", Sort.by("createdAt").and("name"), contractId);
        Map<UUID, List<BenefitBaseline>> baselines = baselinesOf(measures, visible);
        return measures.stream().map(measure -> BenefitMeasureView.of(measure, baselines.getOrDefault(measure.id, List.of()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BenefitMeasureView get(UUID contractId, UUID measureId) {
        String visible = access.visibleOrganisation(contractId);
        BenefitMeasure measure = measure(contractId, measureId);
        return BenefitMeasureView.of(measure, baselinesOf(List.of(measure), visible).getOrDefault(measureId, List.of()));
    }

    /** Sets, or with the version it replaces resets, an organisation's baseline and target. */
    @Transactional
    public Written<BenefitMeasureView.BaselineView> setBaseline(UUID contractId, UUID measureId, String odsCode,
            BaselineAndTarget request) {
        contracts.contract(contractId);
        BenefitMeasure measure = measure(contractId, measureId);
        if (!ContractSite.migratesSitesOf(contractId, odsCode)) {
            throw Problems.notFound("Organisation " + odsCode + " in contract " + contractId);
        }
        List<Violation> violations = new ArrayList<>();
        checkPeriod(request.baselinePeriod(), "baselinePeriod", violations);
        if (!violations.isEmpty()) {
            throw Problems.invalid("The baseline cannot be set as sent", violations);
        }
        BenefitBaseline baseline = BenefitBaseline.<BenefitBaseline> find("measureId = ?1 and odsCode = ?2", measure.id, odsCode)
                .firstResult();
        boolean created = baseline == null;
        if (created) {
            baseline = newBaseline(measure.id, odsCode);
        } else {
            Problems.requireCurrentVersion(odsCode + "'s baseline", request.version(), baseline.version);
        }
        store(set(baseline, request), created, () -> Problems.conflict("Baseline set meanwhile",
                odsCode + "'s baseline was set by someone else meanwhile; read it and send its version to replace it"));
        return new Written<>(BenefitMeasureView.BaselineView.of(baseline), created);
    }

    /**
     * Records a month for the member's own organisation, or corrects it with the version it corrects. The month must
     * have begun and the officer must have set the organisation's baseline, or the figure would compare with nothing.
     */
    @Transactional
    public Written<MeasurementView> record(UUID contractId, UUID measureId, String odsCode, String period, MeasurementRecord request) {
        access.requireVisible(contractId, odsCode);
        BenefitMeasure measure = measure(contractId, measureId);
        YearMonth month = month(period);
        if (month.isAfter(YearMonth.from(clock.today()))) {
            throw Problems.invalid("A month can be recorded once it has begun",
                    List.of(Violation.ofPath("period", "must not be after " + YearMonth.from(clock.today()))));
        }
        if (BenefitBaseline.count("measureId = ?1 and odsCode = ?2", measure.id, odsCode) == 0) {
            throw Problems.conflict("No baseline yet", "The officer has not set " + odsCode + "'s baseline and target for '" + measure.name
                    + "' yet; a month can be recorded once they are set");
        }
        BenefitMeasurement measurement = BenefitMeasurement
                .<BenefitMeasurement> find("measureId = ?1 and odsCode = ?2 and period = ?3", measure.id, odsCode, month.atDay(1))
                .firstResult();
        boolean created = measurement == null;
        if (created) {
            measurement = new BenefitMeasurement();
            measurement.id = UUID.randomUUID();
            measurement.measureId = measure.id;
            measurement.odsCode = odsCode;
            measurement.period = month.atDay(1);
        } else {
            Problems.requireCurrentVersion(odsCode + "'s " + month + " of '" + measure.name + "'", request.version(), measurement.version);
        }
        measurement.value = request.value();
        measurement.note = request.note();
        measurement.recordedBy = caller.subject();
        measurement.recordedAt = clock.now();
        store(measurement, created, () -> Problems.conflict("Recorded meanwhile",
                month + " was recorded by someone else meanwhile; read it and send its version to correct it"));
        return new Written<>(MeasurementView.of(measurement), created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasurementView> measurements(UUID contractId, UUID measureId, String odsCode) {
        access.requireVisible(contractId, odsCode);
        BenefitMeasure measure = measure(contractId, measureId);
        return BenefitMeasurement.<BenefitMeasurement> list("measureId = ?1 and odsCode = ?2", Sort.by("period"), measure.id, odsCode)
                .stream().map(MeasurementView::of).toList();
    }

    /** Every version of a month, oldest first, from the audit: a correction never loses what it replaced. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasurementView.Revision> history(UUID contractId, UUID measureId, String odsCode, String period) {
        access.requireVisible(contractId, odsCode);
        BenefitMeasure measure = measure(contractId, measureId);
        YearMonth month = month(period);
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(BenefitMeasurement.getEntityManager()).createQuery()
                .forRevisionsOfEntity(BenefitMeasurement.class, false, true)
                .add(AuditEntity.property("measureId").eq(measure.id))
                .add(AuditEntity.property("odsCode").eq(odsCode))
                .add(AuditEntity.property("period").eq(month.atDay(1)))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (revisions.isEmpty()) {
            throw Problems.notFound(month + " of '" + measure.name + "' for " + odsCode);
        }
        return revisions.stream().map(revision -> {
            BenefitMeasurement version = (BenefitMeasurement) revision[0];
            AuditRevision changed = (AuditRevision) revision[1];
            return new MeasurementView.Revision(revision[2] == RevisionType.ADD ? MeasurementView.Revision.Change.RECORDED
                    : MeasurementView.Revision.Change.CORRECTED, MeasureFigures.plain(version.value), version.note, changed.subject,
                    version.recordedAt);
        }).toList();
    }

    /** Every measure's figures; a member's hold its own organisation only, and so does its region line. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cached<BenefitFiguresView> figures(UUID contractId) {
        String visible = access.visibleOrganisation(contractId);
        return cache.read("benefit-figures:" + contractId + "|" + (visible == null ? "*" : visible),
                () -> new BenefitFiguresView(contractId, figuresOf(contractId, visible)));
    }

    /** The measures' figures for the organisations {@code visible} names ({@code null}: all); for the case study too. */
    public List<MeasureFigures.MeasureFigure> figuresOf(UUID contractId, String visible) {
        List<BenefitMeasure> measures = BenefitMeasure.list("contractId", Sort.by("createdAt").and("name"), contractId);
        Map<UUID, List<BenefitBaseline>> baselines = baselinesOf(measures, visible);
        Map<String, List<MeasureFigures.Reading>> readings = new java.util.HashMap<>();
        if (!measures.isEmpty()) {
            List<BenefitMeasurement> measurements = visible == null
                    ? BenefitMeasurement.list("measureId in ?1", measures.stream().map(m -> m.id).toList())
                    : BenefitMeasurement.list("measureId in ?1 and odsCode = ?2", measures.stream().map(m -> m.id).toList(), visible);
            measurements.forEach(m -> readings.computeIfAbsent(m.measureId + "/" + m.odsCode, key -> new ArrayList<>())
                    .add(new MeasureFigures.Reading(YearMonth.from(m.period), m.value)));
        }
        return measures.stream().map(measure -> MeasureFigures.of(measure.measure(), baselines.getOrDefault(measure.id, List.of()).stream()
                .map(b -> new MeasureFigures.OrganisationReadings(b.odsCode, new MeasureFigures.Reading(YearMonth.from(b.baselinePeriod),
                        b.baselineValue), b.targetValue, readings.getOrDefault(measure.id + "/" + b.odsCode, List.of())))
                .toList())).toList();
    }

    static URI location(UUID contractId, UUID measureId) {
        return Locations.of(PATH + "/{measureId}", contractId, measureId);
    }

    private static BenefitMeasure measure(UUID contractId, UUID measureId) {
        return BenefitMeasure.<BenefitMeasure> findByIdOptional(measureId).filter(measure -> measure.contractId.equals(contractId))
                .orElseThrow(() -> Problems.notFound("Benefit measure " + measureId));
    }

    private static Map<UUID, List<BenefitBaseline>> baselinesOf(List<BenefitMeasure> measures, String visible) {
        if (measures.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = measures.stream().map(m -> m.id).toList();
        List<BenefitBaseline> baselines = visible == null ? BenefitBaseline.list("measureId in ?1", Sort.by("odsCode"), ids)
                : BenefitBaseline.list("measureId in ?1 and odsCode = ?2", Sort.by("odsCode"), ids, visible);
        return baselines.stream().collect(Collectors.groupingBy(b -> b.measureId));
    }

    /**
     * Stores a write that creates or replaces: a new row is inserted now, so that a concurrent first write of the same
     * key loses with {@code meanwhile}; a change is flushed, so that the answer shows its new version and a concurrent
     * change of the same version fails here (409) rather than at commit.
     */
    static void store(PanacheEntityBase entity, boolean created, Supplier<? extends RuntimeException> meanwhile) {
        if (created) {
            UniqueKeys.persistUnique(entity, meanwhile);
        } else {
            Panache.flush();
        }
    }

    private static BenefitBaseline newBaseline(UUID measureId, String odsCode) {
        BenefitBaseline baseline = new BenefitBaseline();
        baseline.id = UUID.randomUUID();
        baseline.measureId = measureId;
        baseline.odsCode = odsCode;
        return baseline;
    }

    private BenefitBaseline set(BenefitBaseline baseline, BaselineAndTarget request) {
        baseline.baselineValue = request.baselineValue();
        baseline.baselinePeriod = request.baselinePeriod().atDay(1);
        baseline.targetValue = request.targetValue();
        baseline.setBy = caller.subject();
        baseline.setAt = clock.now();
        return baseline;
    }

    private void checkPeriod(YearMonth period, String field, List<Violation> violations) {
        if (period.isAfter(YearMonth.from(clock.today()))) {
            violations.add(Violation.ofBody(field,
                    "must not be after " + YearMonth.from(clock.today()) + ": a baseline is a month already measured"));
        }
    }

    /** A month in the path: {@code 2018-09}. */
    static YearMonth month(String period) {
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Problems.invalid("The month must be written as YYYY-MM",
                    List.of(Violation.ofPath("period", "must be a month like 2018-09")));
        }
    }
}
