package uk.collabproc.procurement.tender;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.problem.Violation;
import uk.collabproc.common.security.Caller;
import uk.collabproc.procurement.procurement.DeadlineChange;
import uk.collabproc.procurement.procurement.DeadlineExtended;
import uk.collabproc.procurement.procurement.DeadlineExtension;
import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementLot;
import uk.collabproc.procurement.procurement.ProcurementMember;
import uk.collabproc.procurement.procurement.ProcurementService;
import uk.collabproc.procurement.requirement.Requirement;

@ApplicationScoped
public class TenderService {

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    ProcurementService procurements;

    @Inject
    Event<TenderPublished> published;

    @Inject
    Event<DeadlineExtended> extended;

    /** What saving did: the tender, and whether this call created it. */
    public record Saved(TenderView tender, boolean created) {
    }

    /** Saves the evaluation model and timetable; checked against the regime as if published today. */
    @Transactional
    public Saved save(UUID procurementId, TenderRequest request) {
        Procurement procurement = procurements.managed(procurementId);
        procurement.requireTenderChangeable(clock.now());
        Tender tender = Tender.findById(procurementId);
        boolean created = tender == null;
        if (!created) {
            Problems.requireCurrentVersion("The tender", request.version(), tender.version);
        }
        EvaluationModel model = request.withDefaults();
        List<Violation> violations = new java.util.ArrayList<>(TenderRules.check(model, procurement.regime, clock.today()));
        violations.addAll(LotRules.check(request.lots(), model.criteria()));
        if (!violations.isEmpty()) {
            throw Problems.invalid("The tender breaks " + violations.size() + " rule(s); nothing was saved", violations);
        }
        if (created) {
            tender = new Tender();
            tender.procurementId = procurementId;
            tender.apply(model);
            tender.describe(request);
            tender.persistAndFlush();
        } else {
            tender.apply(model);
            tender.describe(request);
            Tender.flush();
        }
        return new Saved(view(procurement, tender), created);
    }

    /** Officers read the tender while it is drafted; everyone else once it is published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TenderView get(UUID procurementId) {
        Procurement procurement = procurements.visible(procurementId);
        Tender tender = Tender.findById(procurementId);
        if (tender == null || (!procurement.isPublished() && !procurements.runByCaller(procurement))) {
            throw Problems.notFound("Tender of procurement " + procurementId);
        }
        return view(procurement, tender);
    }

    /**
     * Opens the competition: the tender is checked again against the regime with today as the publication
     * date, and no requirement may still await a decision.
     */
    @Transactional
    public TenderView publish(UUID procurementId) {
        Procurement procurement = procurements.managed(procurementId);
        Instant now = clock.now();
        // A procurement that is past requirements gathering is refused as such first, whatever its tender and requirements.
        procurement.requirePublishable(now);
        Tender tender = Tender.<Tender> findByIdOptional(procurementId)
                .orElseThrow(() -> Problems.conflict("No tender", "Define the tender before publishing it"));
        List<Violation> violations = new java.util.ArrayList<>(TenderRules.check(tender.model(), procurement.regime, clock.today()));
        violations.addAll(LotRules.check(tender.lots, tender.criteria));
        violations.addAll(LotRules.checkAssignment(tender.lots, Requirement.approvedFor(procurementId).list().stream()
                .map(requirement -> new LotRules.ApprovedSite(requirement.siteCode, requirement.odsCode)).toList()));
        if (!tender.clarificationDeadline.isAfter(now)) {
            violations.add(Violation.ofBody("clarificationDeadline", "has passed; suppliers must be able to ask questions"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid("The tender cannot be published as it is", violations);
        }
        long undecided = Requirement.countAwaitingDecision(procurementId);
        if (undecided > 0) {
            throw Problems.conflict("Requirements await a decision",
                    undecided + " submitted requirement(s) are neither approved nor returned");
        }
        if (Requirement.countApproved(procurementId) == 0) {
            throw Problems.conflict("Nothing to tender", "No requirement is approved, so the pricing schedule would be empty");
        }
        procurement.publish(tender.tenderDeadline, now);
        // Each lot's outcome is recorded on its own from now on.
        tender.lots.forEach(lot -> ProcurementLot.open(procurementId, lot.number(), lot.title()).persist());
        Procurement.flush();
        // The tender notice goes out with the publication or neither does: a notice missing a required field refuses it.
        published.fire(new TenderPublished(procurement, tender, now));
        return view(procurement, tender);
    }

    /** A published tender changes only this way: a later deadline, for a recorded reason, before it passes. */
    @Transactional
    public TenderView extendDeadline(UUID procurementId, DeadlineExtension request) {
        Procurement procurement = procurements.managed(procurementId);
        Instant now = clock.now();
        // A tender that is not open is refused as such first, whatever version the officer sent.
        procurement.requireTenderDeadlineExtensible(now);
        Tender tender = Tender.findById(procurementId);
        Problems.requireCurrentVersion("The tender", request.version(), tender.version);
        DeadlineChange change = procurement.extendTenderDeadline(request.deadline(), request.reason(), now, caller.subject());
        change.persist();
        tender.tenderDeadline = request.deadline();
        Tender.flush();
        extended.fire(new DeadlineExtended(procurement, change));
        return view(procurement, tender);
    }

    /** The approved requirements, one line each, in a stable order, each in its lot when the tender is divided. */
    public static List<PricingLine> pricingSchedule(Tender tender) {
        return Requirement.approvedFor(tender.procurementId).list().stream()
                .map(requirement -> new PricingLine(PricingLine.lineId(requirement.siteCode), requirement.siteCode,
                        requirement.odsCode, requirement.bandwidthMbps, requirement.resilience,
                        lotOf(tender, requirement.siteCode, requirement.odsCode)))
                .toList();
    }

    /** The number of the lot a site's requirement falls in; none when the tender is not divided or, before publication, when no lot names it. */
    public static String lotOf(Tender tender, String siteCode, String odsCode) {
        return LotRules.lotOf(tender.lots, siteCode, odsCode).map(Lot::number).orElse(null);
    }

    private static TenderView view(Procurement procurement, Tender tender) {
        return new TenderView(procurement.id, procurement.leadOrganisation, ProcurementMember.coLeads(procurement.id), procurement.regime,
                procurement.contractTermMonths, tender.criteria,
                tender.scaleMax, tender.priceFormula, tender.qualityThresholdPercent, tender.abnormallyLowPercent,
                tender.discrepancyPoints, tender.tieBreak, tender.clarificationDeadline, tender.tenderDeadline,
                pricingSchedule(tender), tender.lots, tender.description, tender.estimatedValue, tender.mainClassification,
                procurement.isPublished(), procurement.publishedAt, tender.version);
    }
}
