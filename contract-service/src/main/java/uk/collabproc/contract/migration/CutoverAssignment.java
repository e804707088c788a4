package uk.collabproc.contract.migration;

import java.time.LocalDate;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** The solver's choice for one site: its cutover day. */
@PlanningEntity
public class CutoverAssignment {

    @PlanningId
    private String siteCode;
    private PlanningSite site;
    @PlanningVariable(valueRangeProviderRefs = "days")
    private LocalDate day;

    public CutoverAssignment() {
    }

    public CutoverAssignment(PlanningSite site, LocalDate day) {
        this.siteCode = site.siteCode();
        this.site = site;
        this.day = day;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public PlanningSite getSite() {
        return site;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalDate week() {
        return CutoverRules.weekOf(day);
    }
}
