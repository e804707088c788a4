package uk.collabproc.procurement.glance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkiverse.resteasy.problem.HttpProblem;

import uk.collabproc.common.clock.ServiceClock;
import uk.collabproc.common.page.PageUser;
import uk.collabproc.common.problem.Problems;
import uk.collabproc.common.security.Caller;
import uk.collabproc.common.security.Roles;
import uk.collabproc.procurement.demand.DemandFigures;
import uk.collabproc.procurement.demand.DemandService;
import uk.collabproc.procurement.demand.DemandView;
import uk.collabproc.procurement.organisation.Organisation;
import uk.collabproc.procurement.procurement.Procurement;
import uk.collabproc.procurement.procurement.ProcurementLot;
import uk.collabproc.procurement.procurement.ProcurementMember;
import uk.collabproc.procurement.procurement.ProcurementService;
import uk.collabproc.procurement.procurement.ProcurementStatus;

/**
 * Puts the page together under the API's rules: the procurement as the caller may see it (a supplier only once
 * published; staff of other organisations not at all), demand as the demand API answers it (an officer who runs the
 * procurement sees every member, a member only its own organisation), the ranking and sensitivity only to those officers
 * and only from the tender deadline, the benefits as contract-service answers the caller. Its own data is read first;
 * the neighbours are read after, each failure confined to its own section.
 */
@ApplicationScoped
public class GlanceService {

    /** The roles the page is for, in the order a token's role is named by. */
    static final List<String> PEOPLE = List.of(Roles.OFFICER, Roles.PROJECT_MANAGER, Roles.MEMBER, Roles.EVALUATOR, Roles.SUPPLIER);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    @Inject
    ProcurementService procurements;

    @Inject
    DemandService demand;

    @Inject
    SupplierClient supplier;

    @Inject
    ContractClient contract;

    @Inject
    ServiceClock clock;

    @Inject
    Caller caller;

    @Inject
    GlanceConfig links;

    public Glance glance(UUID id) {
        if (PEOPLE.stream().noneMatch(caller::hasRole)) {
            throw Problems.forbidden("The procurement at a glance is for the people of a procurement, not for services");
        }
        Procurement procurement = procurements.visible(id);
        List<String> coLeads = ProcurementMember.coLeads(id);
        procurements.requireRunByCaller(id, procurement.leadOrganisation, coLeads);
        Instant now = clock.now();
        boolean officer = caller.hasRole(Roles.OFFICER);
        boolean member = caller.hasRole(Roles.MEMBER);
        ProcurementStatus status = procurement.statusAt(now);

        Glance.DemandSection demandSection = null;
        String demandNotice = null;
        if (officer) {
            demandSection = demandOfAll(demand.view(id));
        } else if (member) {
            String own = caller.organisation().orElse("");
            if (ProcurementMember.exists(id, own)) {
                demandSection = demandOf(own, demand.view(id));
            } else {
                demandNotice = "Your organisation (" + own + ") is not a member of this procurement, so it has no demand here.";
            }
        }

        boolean opened = procurement.tenderDeadline != null && !now.isBefore(procurement.tenderDeadline);
        Glance.RankingSection ranking = null;
        String rankingNotice = null;
        List<ProcurementLot> lots = ProcurementLot.of(id);
        if (officer && opened && !lots.isEmpty()) {
            // This page draws one ranking; a divided tender has one per lot, which the API serves.
            rankingNotice = "The tender is divided into " + lots.size() + " lots, each ranked on its own: "
                    + String.join(", ", lots.stream().map(lot -> "lot " + lot.number + " (" + lot.status().name().replace('_', ' ')
                            + ") at GET /api/v1/procurements/" + id + "/ranking?lot=" + lot.number).toList())
                    + ".";
        } else if (officer && opened) {
            ranking = ranking(id);
        } else if (officer) {
            rankingNotice = procurement.tenderDeadline == null ? "The ranking opens at the tender deadline, once the tender is published."
                    : "The ranking opens at the tender deadline, " + TimelineChart.day(procurement.tenderDeadline)
                            + ": nobody sees a bid before then.";
        }

        Glance.AwardSection award = procurement.awardId == null ? null : award(procurement, now);
        Glance.BenefitsSection benefits = procurement.contractId != null && (officer || member) ? benefits(procurement.contractId) : null;

        return new Glance(new Glance.Heading(procurement.title, procurement.reference, status.name().replace('_', ' '),
                procurement.regime.name().replace('_', ' '), procurement.leadOrganisation), PageUser.of(caller),
                Timeline.chart(procurement, now), Timeline.dates(procurement, now), demandSection, demandNotice, ranking, rankingNotice,
                award, benefits, apiLinks(id, officer, member, procurement.contractId));
    }

    private static Glance.DemandSection demandOfAll(DemandView view) {
        List<DemandView.OrganisationDemand> organisations = view.organisations();
        return demandSection("Every member organisation", organisations, row("", "All members", view.totals()));
    }

    /** A member's own organisation only: the other members' rows, the totals and the chase list never reach the page. */
    private static Glance.DemandSection demandOf(String own, DemandView view) {
        List<DemandView.OrganisationDemand> organisations = view.organisations().stream().filter(o -> o.odsCode().equals(own)).toList();
        return demandSection("Your organisation only (" + own + ")", organisations, null);
    }

    private static Glance.DemandSection demandSection(String scope, List<DemandView.OrganisationDemand> organisations,
            Glance.DemandRow total) {
        Function<DemandView.OrganisationDemand, String> label = o -> o.name() + " (" + o.odsCode() + ")";
        Svg sites = BarChart.of("Registered sites per organisation", organisations.stream().map(o -> new BarChart.Row(label.apply(o),
                List.of(new BarChart.Bar(List.of(new BarChart.Segment("Sites", o.figures().sites(), Svg.ACCENT)),
                        Format.count(o.figures().sites())))))
                .toList(),
                Format::count);
        Svg bandwidth = BarChart.of("Bandwidth before and after per organisation", organisations.stream().map(o -> new BarChart.Row(
                label.apply(o), List.of(
                        new BarChart.Bar(List.of(new BarChart.Segment("Before (legacy)", o.figures().bandwidthBeforeMbps(), Svg.PALE)),
                                Format.mbps(o.figures().bandwidthBeforeMbps())),
                        new BarChart.Bar(List.of(new BarChart.Segment("After (required)", o.figures().bandwidthAfterMbps(), Svg.ACCENT)),
                                Format.mbps(o.figures().bandwidthAfterMbps())))))
                .toList(),
                Format::mbps);
        Svg cost = BarChart.of("Legacy annual cost per organisation", organisations.stream().map(o -> new BarChart.Row(label.apply(o),
                List.of(new BarChart.Bar(List.of(new BarChart.Segment("Legacy annual cost",
                        Format.number(o.figures().legacyAnnualCost()), Svg.AMBER)), Format.pounds(o.figures().legacyAnnualCost())))))
                .toList(), Format::pounds);
        return new Glance.DemandSection(scope, sites, bandwidth, cost,
                organisations.stream().map(o -> row(o.odsCode(), o.name(), o.figures())).toList(), total);
    }

    private static Glance.DemandRow row(String odsCode, String name, DemandFigures figures) {
        return new Glance.DemandRow(odsCode, name, Format.count(figures.sites()), Format.mbps(figures.bandwidthBeforeMbps()),
                Format.mbps(figures.bandwidthAfterMbps()), figures.bandwidthRatio() == null ? "–" : figures.bandwidthRatio() + " ×",
                Format.pounds(figures.legacyAnnualCost()));
    }

    private Glance.RankingSection ranking(UUID id) {
        List<RankingEntry> entries;
        try {
            Optional<List<RankingEntry>> read = supplier.ranking(id);
            if (read.isEmpty()) {
                return unavailableRanking("supplier-service has no published tender for this procurement, so there is no ranking.");
            }
            entries = read.get();
        } catch (RuntimeException failed) {
            return unavailableRanking(unavailable(SupplierClient.SERVICE, "The ranking", failed));
        }
        List<RankingEntry> scored = entries.stream().filter(e -> e.status() != RankingEntry.Status.DISQUALIFIED).toList();
        double longest = scored.stream().mapToDouble(e -> Format.number(e.qualityScore()) + Format.number(e.priceScore())).max().orElse(0);
        Svg chart = BarChart.of("Quality and price score per bid", scored.stream().map(e -> new BarChart.Row(
                (e.rank() == null ? "–" : e.rank() + ".") + " " + e.supplierName(),
                List.of(new BarChart.Bar(List.of(new BarChart.Segment("Quality", Format.number(e.qualityScore()), Svg.ACCENT),
                        new BarChart.Segment("Price", Format.number(e.priceScore()), Svg.GREEN)), caption(e)))))
                .toList(),
                longest <= 100 ? 100 : LinearScale.niceCeiling(longest), Format::count);
        List<Glance.RankRow> rows = scored.stream().map(e -> new Glance.RankRow(e.rank() == null ? "–" : e.rank().toString(),
                e.supplierName(), Format.decimal(e.qualityScore()), Format.decimal(e.priceScore()), Format.decimal(e.totalScore()),
                Format.pounds(e.evaluatedPrice()), statusText(e.status()))).toList();
        List<Glance.Disqualified> disqualified = entries.stream().filter(e -> e.status() == RankingEntry.Status.DISQUALIFIED)
                .map(e -> new Glance.Disqualified(e.supplierName(), e.reasons() == null ? List.of() : e.reasons())).toList();
        return new Glance.RankingSection(null, chart, rows, disqualified, sensitivity(id));
    }

    private static Glance.RankingSection unavailableRanking(String why) {
        return new Glance.RankingSection(why, null, List.of(), List.of(), null);
    }

    private static String caption(RankingEntry entry) {
        return switch (entry.status()) {
            case QUALIFIED -> "total " + Format.decimal(entry.totalScore());
            case NOT_EVALUABLE -> "not ranked yet: moderation unfinished";
            default -> "outcome not known to this page";
        };
    }

    private static String statusText(RankingEntry.Status status) {
        return status == RankingEntry.Status.NOT_EVALUABLE ? "not ranked yet" : status.name().toLowerCase(Locale.UK).replace('_', ' ');
    }

    private Glance.SensitivitySection sensitivity(UUID id) {
        SensitivityReport report;
        try {
            Optional<SensitivityReport> read = supplier.sensitivity(id);
            if (read.isEmpty()) {
                return new Glance.SensitivitySection("supplier-service has no sensitivity for this procurement.", null, null);
            }
            report = read.get();
        } catch (RuntimeException failed) {
            return new Glance.SensitivitySection(unavailable(SupplierClient.SERVICE, "The weight sensitivity", failed), null, null);
        }
        Svg chart = BarChart.of("Weights within which the winner stays first", report.weights().stream().map(w -> {
            double low = Format.number(w.lowestWeightKeepingWinner());
            double high = Format.number(w.highestWeightKeepingWinner());
            return new BarChart.Row(w.criterionCode(), List.of(new BarChart.Bar(List.of(new BarChart.Segment("Below", low, null),
                    new BarChart.Segment("Winner stays first", high - low, Svg.GREEN)),
                    "now " + Format.percent(w.currentWeight()) + "; holds " + Format.percent(low) + "–" + Format.percent(high),
                    Format.number(w.currentWeight()))));
        }).toList(), 100, Format::percent);
        return new Glance.SensitivitySection(null, report.winningSupplierName(), chart);
    }

    private Glance.AwardSection award(Procurement procurement, Instant now) {
        String standstill;
        if (procurement.standstillEndsAt == null) {
            standstill = "–";
        } else if (now.isBefore(procurement.standstillEndsAt)) {
            long days = java.time.Duration.between(now, procurement.standstillEndsAt).toDays();
            standstill = "The standstill runs: the contract may not be concluded for "
                    + (days < 1 ? "less than a day" : days + " more days")
                    + ".";
        } else {
            standstill = "The standstill has ended.";
        }
        return new Glance.AwardSection(
                procurement.awardDecisionDate == null ? "–" : procurement.awardDecisionDate.format(TimelineChart.DAY),
                procurement.standstillEndsAt == null ? "–" : MOMENT.format(procurement.standstillEndsAt.atZone(ServiceClock.UK)),
                standstill, procurement.contractId != null,
                procurement.contractId == null ? null : links.contractServiceLink() + "/dashboard/contracts/" + procurement.contractId);
    }

    private Glance.BenefitsSection benefits(UUID contractId) {
        boolean officer = caller.hasRole(Roles.OFFICER);
        Benefits benefits;
        try {
            Optional<Benefits> read = contract.benefits(contractId);
            if (read.isEmpty()) {
                return unavailableBenefits(
                        officer ? "contract-service has no such contract." : "None of your organisation's sites are in the contract.");
            }
            benefits = read.get();
        } catch (RuntimeException failed) {
            return unavailableBenefits(unavailable(ContractClient.SERVICE, "The benefits", failed));
        }
        String own = caller.organisation().orElse("");
        // contract-service gives a member its own organisation only; the page holds to that as well.
        List<Benefits.Benefit> organisations = (benefits.organisations() == null ? List.<Benefits.Benefit> of() : benefits.organisations())
                .stream().filter(b -> officer || own.equals(b.odsCode())).toList();
        Map<String, Organisation> names = Organisation.byCode(organisations.stream().map(Benefits.Benefit::odsCode).toList());
        Function<Benefits.Benefit, String> label = b -> names.containsKey(b.odsCode())
                ? names.get(b.odsCode()).name + " (" + b.odsCode() + ")"
                : b.odsCode();
        Svg chart = BarChart.of("Annual cost before and after per organisation", organisations.stream().map(b -> new BarChart.Row(
                label.apply(b), List.of(
                        new BarChart.Bar(List.of(new BarChart.Segment("Legacy annual cost", Format.number(b.legacyAnnualCost()), Svg.PALE)),
                                Format.pounds(b.legacyAnnualCost())),
                        new BarChart.Bar(List.of(new BarChart.Segment("New annual cost", Format.number(b.newAnnualCost()), Svg.GREEN)),
                                Format.pounds(b.newAnnualCost()) + ", saves " + Format.percent(b.annualSavingPercent())))))
                .toList(),
                Format::pounds);
        String scope = (officer ? "Every organisation" : "Your organisation only (" + own + ")")
                + (benefits.contractTermMonths() == null ? "" : "; over a term of " + benefits.contractTermMonths() + " months");
        return new Glance.BenefitsSection(null, scope, chart, organisations.stream().map(b -> benefitRow(label.apply(b), b)).toList(),
                officer && benefits.total() != null ? benefitRow("All organisations", benefits.total()) : null);
    }

    private static Glance.BenefitsSection unavailableBenefits(String why) {
        return new Glance.BenefitsSection(why, null, null, List.of(), null);
    }

    private static Glance.BenefitRow benefitRow(String organisation, Benefits.Benefit b) {
        return new Glance.BenefitRow(organisation, b.sites() == null ? "–" : Format.count(b.sites()), Format.pounds(b.legacyAnnualCost()),
                Format.pounds(b.newAnnualCost()), Format.pounds(b.annualSaving()), Format.percent(b.annualSavingPercent()),
                (b.bandwidthBeforeMbps() == null ? "–" : Format.mbps(b.bandwidthBeforeMbps())) + " → "
                        + (b.bandwidthAfterMbps() == null ? "–" : Format.mbps(b.bandwidthAfterMbps())),
                Format.poundsAndPence(b.legacyCostPerMbps()) + " → " + Format.poundsAndPence(b.newCostPerMbps()),
                Format.pounds(b.termSaving()));
    }

    /**
     * What a section says when its service did not give it: a refusal passed on as the service gave it (a 409 while
     * evaluation is unfinished, say), anything else as unavailable right now. Never an error of the whole page.
     */
    static String unavailable(String service, String section, RuntimeException failed) {
        if (failed instanceof HttpProblem problem && problem.getStatusCode() >= 400 && problem.getStatusCode() < 500
                && problem.getStatusCode() != 401) {
            return section + " is not available yet: " + problem.getDetail();
        }
        return section + " is unavailable right now: " + service + " cannot answer just now. The rest of the page is current; "
                + "try again shortly.";
    }

    private List<Glance.Link> apiLinks(UUID id, boolean officer, boolean member, UUID contractId) {
        List<Glance.Link> apiLinks = new ArrayList<>();
        apiLinks.add(new Glance.Link("procurement-service: read the procurement (GET /api/v1/procurements/" + id + ")",
                "/q/swagger-ui/#/Procurements/procurementGet"));
        if (officer) {
            apiLinks.add(new Glance.Link("procurement-service: the demand (GET /api/v1/procurements/" + id + "/demand)",
                    "/q/swagger-ui/#/Requirements/demand"));
            apiLinks.add(new Glance.Link("supplier-service: the ranking (GET /api/v1/procurements/" + id + "/ranking)",
                    links.supplierServiceLink() + "/q/swagger-ui/#/Evaluation/evaluationRanking"));
            apiLinks.add(new Glance.Link("supplier-service: the weight sensitivity (GET /api/v1/procurements/" + id + "/sensitivity)",
                    links.supplierServiceLink() + "/q/swagger-ui/#/Evaluation/evaluationSensitivity"));
        }
        if ((officer || member) && contractId != null) {
            apiLinks.add(new Glance.Link("contract-service: the benefits (GET /api/v1/contracts/" + contractId + "/benefits)",
                    links.contractServiceLink() + "/q/swagger-ui/#/Benefits/benefitsGet"));
        }
        apiLinks.add(new Glance.Link("procurement-service Swagger UI", "/q/swagger-ui"));
        apiLinks.add(new Glance.Link("supplier-service Swagger UI", links.supplierServiceLink() + "/q/swagger-ui"));
        apiLinks.add(new Glance.Link("contract-service Swagger UI", links.contractServiceLink() + "/q/swagger-ui"));
        return apiLinks;
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ServiceClock.UK).toInstant();
    }
}
