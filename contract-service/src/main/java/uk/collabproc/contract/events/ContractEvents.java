package uk.collabproc.contract.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import uk.collabproc.contract.award.Award;
import uk.collabproc.contract.contract.Contract;
import uk.collabproc.contract.contract.ContractSite;
import uk.collabproc.contract.migration.MigrationPlan;
import uk.collabproc.contract.migration.PlanReady;
import uk.collabproc.contract.milestone.Milestone;
import uk.collabproc.contract.milestone.MilestoneChanged;
import uk.collabproc.events.Audience;
import uk.collabproc.events.EventCatalogue;
import uk.collabproc.events.EventOutbox;

/**
 * The events contract-service publishes to partner systems, each written to the outbox in the transaction of the change
 * it reports. Migration data is the organisations' own: a site's milestone goes to the site's organisation and those
 * running the contract, never to anyone else (network estates are security-sensitive).
 */
@ApplicationScoped
public class ContractEvents implements EventCatalogue {

    public static final String PLAN_READY = "uk.collabproc.plan.ready";
    public static final String MILESTONE_SLIPPED = "uk.collabproc.milestone.slipped";
    public static final String MILESTONE_MET = "uk.collabproc.milestone.met";

    /** By type, what each means and who receives it. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put(PLAN_READY,
                "A contract's migration plan is ready, with its last cutover: to the organisations whose sites it migrates and those running the contract");
        TYPES.put(MILESTONE_SLIPPED, "A site's milestone forecast moved later: to the site's organisation and those running the contract");
        TYPES.put(MILESTONE_MET, "A site's milestone was met: to the site's organisation and those running the contract");
    }

    @Inject
    EventOutbox outbox;

    @Override
    public Map<String, String> eventTypes() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }

    public record ReadyPlan(UUID contractId, LocalDate lastCutover, LocalDate lowerBound, int hardViolations, int lateSites) {
    }

    public record MilestoneChange(UUID contractId, UUID milestoneId, String odsCode, String siteCode, Milestone.Type type,
            LocalDate baselineDate, LocalDate previousForecastDate, LocalDate forecastDate,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Days later than the previous forecast") Long slipDays,
            LocalDate dateMet, Milestone.Status status) {
    }

    void planReady(@Observes PlanReady ready) {
        MigrationPlan plan = ready.plan();
        List<String> organisations = new ArrayList<>(ContractSite.organisations(plan.contractId));
        organisations.addAll(runningThe(plan.contractId));
        outbox.append(PLAN_READY, "contracts/" + plan.contractId + "/migration-plan", new ReadyPlan(plan.contractId, plan.lastCutover,
                plan.lowerBound, plan.hardViolations == null ? 0 : plan.hardViolations, plan.lateSites == null ? 0 : plan.lateSites.size()),
                Audience.organisations(organisations));
    }

    void milestoneChanged(@Observes MilestoneChanged changed) {
        Milestone milestone = changed.milestone();
        List<String> organisations = new ArrayList<>(runningThe(milestone.contractId));
        organisations.add(milestone.odsCode);
        if (changed.slipped()) {
            outbox.append(MILESTONE_SLIPPED, subject(milestone), change(changed, ChronoUnit.DAYS.between(changed.before().forecastDate(),
                    milestone.forecastDate)), Audience.organisations(organisations));
        }
        if (changed.met()) {
            outbox.append(MILESTONE_MET, subject(milestone), change(changed, null), Audience.organisations(organisations));
        }
    }

    private static MilestoneChange change(MilestoneChanged changed, Long slipDays) {
        Milestone milestone = changed.milestone();
        return new MilestoneChange(milestone.contractId, milestone.id, milestone.odsCode, milestone.siteCode, milestone.type,
                milestone.baselineDate, changed.before().forecastDate(), milestone.forecastDate, slipDays, milestone.dateMet,
                milestone.status);
    }

    private static String subject(Milestone milestone) {
        return "contracts/" + milestone.contractId + "/milestones/" + milestone.id;
    }

    /** The lead partner and co-leads of the contract's award. */
    private static List<String> runningThe(UUID contractId) {
        Contract contract = Contract.findById(contractId);
        return Award.<Award> findById(contract.awardId).runBy();
    }
}
