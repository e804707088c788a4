package uk.collabproc.contract.migration;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;

import java.time.temporal.ChronoUnit;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * Hard: capacity per calendar week, no cutover in a blackout or before the earliest day, critical sites at weekends,
 * an organisation's core sites before its others. Medium: every site before the legacy end date. Soft: as early as
 * possible, so that the last cutover comes close to the lower bound.
 */
public class CutoverConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] { weeklyCapacity(factory), allowedDays(factory), coreFirst(factory), beforeLegacyEnd(factory),
                asEarlyAsPossible(factory) };
    }

    Constraint weeklyCapacity(ConstraintFactory factory) {
        return factory.forEach(CutoverAssignment.class)
                .groupBy(CutoverAssignment::week, count())
                .join(CutoverRules.class)
                .filter((week, cutovers, rules) -> cutovers > rules.parameters().weeklyCutoverCapacity())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (week, cutovers, rules) -> cutovers - rules.parameters().weeklyCutoverCapacity())
                .asConstraint("Weekly cutover capacity");
    }

    Constraint allowedDays(ConstraintFactory factory) {
        return factory.forEach(CutoverAssignment.class)
                .join(CutoverRules.class)
                .filter((assignment, rules) -> !rules.allowed(assignment.getSite(), assignment.getDay()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("Blackouts, earliest day and weekends for critical sites");
    }

    Constraint coreFirst(ConstraintFactory factory) {
        return factory.forEach(CutoverAssignment.class)
                .filter(assignment -> assignment.getSite().core())
                .join(CutoverAssignment.class,
                        Joiners.equal(assignment -> assignment.getSite().odsCode()),
                        Joiners.filtering((core, other) -> !other.getSite().core() && !core.getDay().isBefore(other.getDay())))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("Core sites first within an organisation");
    }

    Constraint beforeLegacyEnd(ConstraintFactory factory) {
        return factory.forEach(CutoverAssignment.class)
                .join(CutoverRules.class)
                .filter((assignment, rules) -> rules.parameters().legacyEndDate() != null
                        && !assignment.getDay().isBefore(rules.parameters().legacyEndDate()))
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint("Cut over before the legacy end date");
    }

    Constraint asEarlyAsPossible(ConstraintFactory factory) {
        return factory.forEach(CutoverAssignment.class)
                .join(CutoverRules.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (assignment, rules) -> ChronoUnit.DAYS.between(rules.earliestCutover(), assignment.getDay()))
                .asConstraint("As early as possible");
    }
}
