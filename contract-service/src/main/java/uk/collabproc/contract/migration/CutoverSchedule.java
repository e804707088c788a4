package uk.collabproc.contract.migration;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The planning problem: the sites' cutover days, under the rules of the plan. */
@PlanningSolution
public class CutoverSchedule {

    @ProblemFactProperty
    private CutoverRules rules;
    @ValueRangeProvider(id = "days")
    @ProblemFactCollectionProperty
    private List<LocalDate> days;
    @PlanningEntityCollectionProperty
    private List<CutoverAssignment> assignments;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public CutoverSchedule() {
    }

    public CutoverSchedule(CutoverRules rules, List<LocalDate> days, List<CutoverAssignment> assignments) {
        this.rules = rules;
        this.days = days;
        this.assignments = assignments;
    }

    public CutoverRules getRules() {
        return rules;
    }

    public List<LocalDate> getDays() {
        return days;
    }

    public List<CutoverAssignment> getAssignments() {
        return assignments;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
