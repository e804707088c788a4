package uk.collabproc.contract.migration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.collabproc.contract.calendar.WorkingDays;

/**
 * The scheduling rules of docs/domain.md#migration-of-sites, in plain Java: when a site can cut over at the earliest,
 * which days a site may cut over on, the lower bound on the last cutover, and an independent count of the hard
 * violations of any plan (the solver's own score is not trusted for that).
 */
public final class CutoverRules {

    private final PlanParameters parameters;
    private final WorkingDays workingDays;
    private final LocalDate earliestCutover;

    public CutoverRules(PlanParameters parameters, WorkingDays workingDays) {
        this.parameters = parameters.complete();
        this.workingDays = workingDays;
        PlanParameters.LeadTimes lead = this.parameters.leadTimes();
        this.earliestCutover = workingDays.plusWorkingDays(this.parameters.startDate(), lead.surveyToOrder() + lead.orderToDelivery()
                + lead.deliveryToCommissioning() + lead.commissioningToCutover());
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public PlanParameters parameters() {
        return parameters;
    }

    /** The first day any site can cut over: survey, order, delivery and commissioning done, from the start date. */
    public LocalDate earliestCutover() {
        return earliestCutover;
    }

    /** The first day circuits can be delivered (the design's lower bound counted from it; see docs/domain.md#lower-bound). */
    public LocalDate firstDelivery() {
        PlanParameters.LeadTimes lead = parameters.leadTimes();
        return workingDays.plusWorkingDays(parameters.startDate(), lead.surveyToOrder() + lead.orderToDelivery());
    }

    /** Whether the site may cut over on that day: not before the earliest, not in a blackout, critical sites at weekends. */
    public boolean allowed(PlanningSite site, LocalDate day) {
        if (day.isBefore(earliestCutover) || inBlackout(day)) {
            return false;
        }
        return !site.critical() || isWeekend(day);
    }

    public boolean inBlackout(LocalDate day) {
        return parameters.blackouts().stream().anyMatch(blackout -> blackout.covers(day));
    }

    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The lower bound on the last cutover: from the earliest possible cutover, ⌈sites ÷ capacity⌉ usable weeks
     * (weeks with a cutover day outside every blackout); the bound is the first usable day of the last of them.
     */
    public LocalDate lowerBound(int sites) {
        if (sites == 0) {
            return null;
        }
        int weeksNeeded = (sites + parameters.weeklyCutoverCapacity() - 1) / parameters.weeklyCutoverCapacity();
        LocalDate day = earliestCutover();
        int usableWeeks = 0;
        LocalDate countedWeek = null;
        while (true) {
            if (!inBlackout(day) && !weekOf(day).equals(countedWeek)) {
                countedWeek = weekOf(day);
                usableWeeks++;
                if (usableWeeks == weeksNeeded) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    /** One broken hard rule of a plan. */
    public record Violation(String siteCode, String rule) {
    }

    /** Every hard rule a plan breaks: capacity, blackout, weekend-only critical sites, core first, earliest date. */
    public List<Violation> hardViolations(Map<PlanningSite, LocalDate> plan) {
        List<Violation> violations = new ArrayList<>();
        Map<LocalDate, Integer> perWeek = new HashMap<>();
        Map<String, LocalDate> lastCoreByOrganisation = new HashMap<>();
        Map<String, LocalDate> firstOtherByOrganisation = new HashMap<>();
        plan.forEach((site, day) -> {
            if (day == null) {
                violations.add(new Violation(site.siteCode(), "no cutover date"));
                return;
            }
            if (day.isBefore(earliestCutover())) {
                violations.add(new Violation(site.siteCode(), "before the earliest possible cutover " + earliestCutover()));
            }
            if (inBlackout(day)) {
                violations.add(new Violation(site.siteCode(), "inside a blackout"));
            }
            if (site.critical() && !isWeekend(day)) {
                violations.add(new Violation(site.siteCode(), "critical site on a weekday"));
            }
            perWeek.merge(weekOf(day), 1, Integer::sum);
            if (site.core()) {
                lastCoreByOrganisation.merge(site.odsCode(), day, (a, b) -> a.isAfter(b) ? a : b);
            } else {
                firstOtherByOrganisation.merge(site.odsCode(), day, (a, b) -> a.isBefore(b) ? a : b);
            }
        });
        perWeek.forEach((week, count) -> {
            if (count > parameters.weeklyCutoverCapacity()) {
                violations.add(new Violation(null,
                        (count - parameters.weeklyCutoverCapacity()) + " cutover(s) over capacity in the week of " + week));
            }
        });
        lastCoreByOrganisation.forEach((ods, lastCore) -> {
            LocalDate firstOther = firstOtherByOrganisation.get(ods);
            if (firstOther != null && !lastCore.isBefore(firstOther)) {
                violations.add(new Violation(null, ods + ": a core site cuts over on or after a non-core site"));
            }
        });
        return violations;
    }
}
