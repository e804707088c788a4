package uk.collabproc.contract.migration;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A first plan that keeps every hard rule by construction: core sites before the others (critical ones first, as
 * they have fewer days to choose from), each on the earliest day it may use with room left in its week, and every
 * other site after the last core site of its organisation. The solver starts from it and improves it.
 */
public final class GreedyCutovers {

    private GreedyCutovers() {
    }

    public static Map<PlanningSite, LocalDate> plan(CutoverRules rules, List<PlanningSite> sites) {
        int capacity = rules.parameters().weeklyCutoverCapacity();
        LocalDate earliest = rules.earliestCutover();
        Map<LocalDate, Integer> weekLoad = new HashMap<>();
        Map<String, LocalDate> lastCore = new HashMap<>();
        Map<PlanningSite, LocalDate> plan = new LinkedHashMap<>();
        // Weeks only fill up, so the first day whose week has room only moves forward.
        LocalDate firstOpen = earliest;
        List<PlanningSite> order = sites.stream().sorted(Comparator.comparing((PlanningSite s) -> !s.core())
                .thenComparing(s -> !s.critical()).thenComparing(PlanningSite::odsCode).thenComparing(PlanningSite::siteCode)).toList();
        for (PlanningSite site : order) {
            LocalDate from = firstOpen;
            LocalDate afterCore = site.core() ? null : lastCore.get(site.odsCode());
            if (afterCore != null && !afterCore.plusDays(1).isBefore(from)) {
                from = afterCore.plusDays(1);
            }
            LocalDate day = from;
            while (!rules.allowed(site, day) || weekLoad.getOrDefault(CutoverRules.weekOf(day), 0) >= capacity) {
                day = day.plusDays(1);
            }
            plan.put(site, day);
            weekLoad.merge(CutoverRules.weekOf(day), 1, Integer::sum);
            if (site.core()) {
                lastCore.merge(site.odsCode(), day, (a, b) -> a.isAfter(b) ? a : b);
            }
            while (weekLoad.getOrDefault(CutoverRules.weekOf(firstOpen), 0) >= capacity) {
                firstOpen = CutoverRules.weekOf(firstOpen).plusWeeks(1);
            }
        }
        return plan;
    }
}
